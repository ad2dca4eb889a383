package nl.sociaaldomein.atelier.io;

import java.util.Locale;

/** The two text forms every Atelier file may take; they hold the same shape. */
public enum InputFormat {
    /** JSON, as most files are written by programs. */
    JSON,
    /** YAML, as people write files by hand; only plain data (no tags, no aliases, one document). */
    YAML;

    /**
     * By file name: {@code .yaml}/{@code .yml} is YAML, anything else JSON. Used for writing.
     *
     * @param fileName the file's name or path
     * @return the format to write
     */
    public static InputFormat forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * For reading: by file name when it says ({@code .json}, {@code .yaml}, {@code .yml}), else by
     * content: a document whose first character (after a byte order mark and white space) is
     * <code>{</code> or {@code [} is JSON, anything else YAML. So a YAML file saved as
     * {@code round.txt} gets YAML's error messages, not JSON's.
     *
     * @param fileName the file's name or path
     * @param content  the file's bytes, looked at only when the name does not say
     * @return the format to parse with
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
