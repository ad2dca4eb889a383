package nl.sociaaldomein.atelier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The code in the documentation is code that compiles: every block after a
 * {@code <!-- snippet: path[#region] -->} line in docs/*.md equals that file (or its region
 * between {@code tag::region[]} and {@code end::region[]}), so a change that breaks an example
 * breaks the build instead of the reader.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)(?:#(\\S+))? -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everySnippetInTheDocsEqualsItsSource() throws IOException {
        List<String> stale = new ArrayList<>();
        int checked = 0;
        try (var docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher snippet = MARKER.matcher(Files.readString(doc));
                while (snippet.find()) {
                    checked++;
                    String source = Files.readString(ROOT.resolve(snippet.group(1)));
                    String expected = snippet.group(2) == null ? source : region(source, snippet.group(2));
                    if (!snippet.group(3).equals(expected)) {
                        stale.add(doc.getFileName() + ": the snippet of " + snippet.group(1)
                            + (snippet.group(2) == null ? "" : "#" + snippet.group(2)) + " should read:\n" + expected);
                    }
                }
            }
        }
        assertThat(stale).as("snippets that differ from their source").isEmpty();
        assertThat(checked).as("snippets found").isGreaterThanOrEqualTo(8);
    }

    /** The lines between the tags, without the indentation they share. */
    private static String region(String source, String name) {
        List<String> lines = source.lines().toList();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// tag::" + name + "[]")) {
                start = i + 1;
            } else if (lines.get(i).strip().equals("// end::" + name + "[]")) {
                end = i;
            }
        }
        assertThat(start).as("region " + name).isPositive();
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : region) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return text.toString();
    }
}
