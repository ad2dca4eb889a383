package nl.sociaaldomein.atelier.io;

import java.util.Locale;

/** The two text forms every Atelier file may take; they hold the same shape. */
public enum InputFormat {
    JSON, YAML;

    /** By file name: {@code .yaml}/{@code .yml} is YAML, anything else JSON. Used for writing. */
    public static InputFormat forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * For reading: by file name when it says ({@code .json}, {@code .yaml}, {@code .yml}), else by
     * content: a document whose first character (after a byte order mark and white space) is
     * <code>{</code> or {@code [} is JSON, anything else YAML. So a YAML file saved as
     * {@code round.txt} gets YAML's error messages, not JSON's.
     */
    public static InputFormat forFile(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xff;
            boolean byteOrderMark = i < 3 && (b == 0xef || b == 0xbb || b == 0xbf);
            if (!byteOrderMark && !Character.isWhitespace(b)) {
                return b == '{' || b == '[' ? JSON : YAML;
            }
        }
        return JSON;
    }
}
