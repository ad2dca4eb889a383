package nl.sociaaldomein.atelier.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden-file comparison: the output must equal {@code src/test/resources/golden/<name>} byte for
 * byte (paths are relative to the module being tested). On a difference the test fails and
 * prints the differing lines. After a deliberate change,
 * regenerate with {@code -Datelier.updateGolden=true} and review the change with {@code git diff}.
 */
public final class Golden {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
    private static final int MAX_DIFF_LINES = 40;

    private Golden() {
    }

    /**
     * Fails the test unless {@code actual} equals the golden file {@code name}, printing the differing lines;
     * with {@code -Datelier.updateGolden=true} it writes {@code actual} to the file instead.
     *
     * @param name   the golden file's name under {@code src/test/resources/golden}
     * @param actual the output under test
     */
    public static void assertMatches(String name, byte[] actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Boolean.getBoolean("atelier.updateGolden")) {
                Files.createDirectories(DIRECTORY);
                Files.write(file, actual);
                System.out.println("Golden file rewritten: " + file.toAbsolutePath());
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("No golden file " + file.toAbsolutePath() + "; create it with -Datelier.updateGolden=true");
            }
            byte[] expected = Files.readAllBytes(file);
            if (!java.util.Arrays.equals(expected, actual)) {
                throw new AssertionError("Output differs from golden file " + file + " (regenerate with -Datelier.updateGolden=true"
                    + " if the change is intended):\n" + diff(new String(expected, StandardCharsets.UTF_8),
                    new String(actual, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line-by-line: each differing line as "- expected" / "+ actual" with its number. */
    static String diff(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(want.size(), got.size()) && shown < MAX_DIFF_LINES; i++) {
            String w = i < want.size() ? want.get(i) : null;
            String g = i < got.size() ? got.get(i) : null;
            if (w == null || !w.equals(g)) {
                out.append(String.format("line %d%n", i + 1));
                if (w != null) {
                    out.append("  - ").append(w).append('\n');
                }
                if (g != null) {
                    out.append("  + ").append(g).append('\n');
                }
                shown++;
            }
        }
        if (out.length() == 0) {
            out.append("(same lines; the difference is in line endings, a byte order mark or the final newline)");
        }
        return out.toString();
    }
}
