package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.io.support.ProblemCollector;

/**
 * The characters YAML does not allow in a file: control characters other than tab and line
 * breaks (a NUL, an escape), DEL, the C1 controls. SnakeYAML refuses them before it has read a
 * token, so its complaint says line 1, column 1 whatever the line; this finds each one where it
 * is, with the path of the value it stands in.
 */
final class YamlCharacters {

    private YamlCharacters() {
    }

    /** A problem for each character YAML does not allow; empty when there is none. */
    static List<Problem> refused(String sourceName, String text, ReadLimits limits) {
        List<int[]> places = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        StringBuilder stand = null;
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                if (stand == null) {
                    stand = new StringBuilder(text);
                }
                stand.setCharAt(i, '\uFFFD'); // a character YAML allows, so the rest can be placed
                if (places.size() < ProblemCollector.KEPT) {
                    places.add(new int[] {line, column});
                    codes.add(c);
                }
            }
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        if (stand == null) {
            return List.of();
        }
        Map<String, int[]> values = LocatedDocument.locationsOf(sourceName, stand.toString(), InputFormat.YAML, limits);
        ProblemCollector problems = new ProblemCollector();
        for (int k = 0; k < places.size(); k++) {
            int[] at = places.get(k);
            String escape = String.format("\\u%04x", codes.get(k));
            problems.add(FileProblem.at(sourceName, at[0], at[1], LocatedDocument.enclosing(values, at[0], at[1]), "input.syntax",
                "een stuurteken (" + escape + ") dat YAML niet toestaat in een bestand; haal het weg"
                    + " (tussen dubbele aanhalingstekens mag het geschreven worden als " + escape + ")",
                "a control character (" + escape + ") that YAML does not allow in a file; remove it"
                    + " (inside double quotes it may be written as " + escape + ")"));
        }
        return problems.problems(sourceName);
    }

    /** YAML 1.1's printable characters, as SnakeYAML checks them. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
