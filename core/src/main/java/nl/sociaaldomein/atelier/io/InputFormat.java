package nl.sociaaldomein.atelier.io;

import java.util.Locale;

/** The two text forms every Atelier file may take; they hold the same shape. */
public enum InputFormat {
    JSON, YAML;

    /** By file name: {@code .yaml}/{@code .yml} is YAML, anything else JSON. */
    public static InputFormat forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
