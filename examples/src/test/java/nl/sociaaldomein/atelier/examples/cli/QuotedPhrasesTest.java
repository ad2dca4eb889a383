package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Section;
import org.junit.jupiter.api.Test;

/**
 * Every phrase quoted from a source occurs in it (whitespace-normalised): in the data files (their
 * {@code quote}/{@code bron} values and their comments), in the docs and READMEs, and in what the
 * reports of every scenario cite. A quote is a phrase in double quotes (straight or curly) on a line
 * that names a source file ({@code 000_…} to {@code 004_…}); it is looked for in that file. An
 * ellipsis ("…", "[...]") separates parts, each of which must occur.
 */
class QuotedPhrasesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FILE = Pattern.compile("\\b(00[0-4])_[0-9a-f…]");
    private static final Map<String, String> SOURCES = sources();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyQuoteInDataFilesDocsAndReadmesIsInItsSource() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : quotingFiles()) {
            String where = ROOT.relativize(file).toString();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean yaml = file.toString().endsWith(".yaml");
            boolean inSource = false;
            for (int i = 0; i < lines.size(); i++) {
                // In a data file only comments and the top-level 'source' text are prose; its fields are checked below, parsed.
                String line = lines.get(i).replace("\\\"", "\"");
                inSource = line.startsWith("source:") || inSource && line.startsWith("  ");
                if (yaml && !line.strip().startsWith("#") && !inSource) {
                    continue;
                }
                missing.addAll(proseQuotes(where + ":" + (i + 1), line));
            }
            if (yaml && !lines.isEmpty() && !String.join("\n", lines).contains("${")) { // a template's placeholders do not parse
                missing.addAll(dataQuotes(where, YAML.readTree(file.toFile())));
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Quotes on a line of prose that names a source file; each is looked for in the nearest file named before it. */
    private static List<String> proseQuotes(String where, String line) {
        List<String> missing = new ArrayList<>();
        if (!FILE.matcher(line).find()) {
            return missing;
        }
        for (Map.Entry<Integer, String> found : quotes(line).entrySet()) {
            String quote = found.getValue();
            if (!looksLikeAPhrase(quote) || FILE.matcher(quote).find()) {
                continue;
            }
            String cited = null;
            Matcher names = FILE.matcher(line);
            while (names.find()) {
                if (names.start() < found.getKey() || cited == null) {
                    cited = names.group(1);
                }
            }
            if (!occurs(cited, quote)) {
                missing.add(where + ": \"" + quote + "\" is not in " + cited + "_…txt");
            }
        }
        return missing;
    }

    /** A data file's {file, quote} pairs and 'bron' phrases (in the file its 'source' names). */
    private static List<String> dataQuotes(String where, JsonNode root) {
        List<String> missing = new ArrayList<>();
        String own = root.path("source").path("file").asText("");
        String defaultFile = own.length() >= 3 ? own.substring(0, 3) : null;
        walk(root, "", (path, node) -> {
            if (node.has("file") && node.has("quote") && node.path("quote").isTextual()) {
                String file = node.path("file").asText().replace("docs/sources/", "");
                if (file.matches("00\\d_.*") && !occurs(file.substring(0, 3), node.path("quote").asText())) {
                    missing.add(where + " " + path + ": \"" + node.path("quote").asText() + "\" is not in " + file);
                }
            }
            for (String field : List.of("bron", "outcomesBron")) {
                if (node.path(field).isTextual() && defaultFile != null && !occurs(defaultFile, node.path(field).asText())) {
                    missing.add(where + " " + path + "/" + field + ": \"" + node.path(field).asText() + "\" is not in " + own);
                }
            }
        });
        return missing;
    }

    private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(path, node);
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "/" + e.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visit);
            }
        }
    }

    @Test
    void everyQuoteTheScenarioReportsCiteIsInItsSource() {
        List<String> missing = new ArrayList<>();
        ScenarioReportsProvenanceTest.scenarios().forEach(replayed -> replayed.reports().forEach((id, report) -> {
            for (Provenance provenance : report.provenances()) {
                if (provenance instanceof Provenance.Source source && !occurs(source.file().substring(0, 3), source.quote())) {
                    missing.add(replayed + "/" + id + ": " + source.detail());
                }
            }
            for (String text : texts(report)) {
                Matcher names = FILE.matcher(text);
                if (names.find()) {
                    for (String quote : quotes(text).values()) {
                        if (looksLikeAPhrase(quote) && SOURCES.values().stream().noneMatch(s -> contains(s, quote))) {
                            missing.add(replayed + "/" + id + ": \"" + quote + "\"");
                        }
                    }
                }
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckFindsAQuoteThatIsNotInItsSource() {
        assertThat(occurs("000", "Van de 43 ideeën hebben we uiteindelijk 19 initiatieven financieel gehonoreerd")).isTrue();
        // docs/calls.md once changed the word order of a quote; the check must catch such a change.
        assertThat(occurs("000", "hebben we uiteindelijk van de 43 ideeën 19 initiatieven financieel gehonoreerd")).isFalse();
        assertThat(occurs("000", "30 juni 2016")).isFalse(); // 000 writes "30-06-2016"
        assertThat(occurs("002", "30 juni 2016")).isTrue();
    }

    private static List<String> texts(Report report) {
        List<String> out = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    out.add(paragraph.text());
                } else if (block instanceof Note note) {
                    out.add(note.text());
                }
            }
        }
        return out;
    }

    /** The quoted phrases of a text by where they start: "straight" quotes pair up in order, “curly” ones open and close. */
    static Map<Integer, String> quotes(String text) {
        Map<Integer, String> out = new LinkedHashMap<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '"' || c == '\u201c')) {
                open = i + 1;
                closer = c == '"' ? '"' : '\u201d';
            } else if (open >= 0 && c == closer) {
                out.put(open, text.substring(open, i));
                open = -1;
            }
        }
        return out;
    }

    /** Texts worth checking: a phrase of words, not a code, a path or a field name. */
    private static boolean looksLikeAPhrase(String quote) {
        return quote.contains(" ") && !quote.contains("/") && !quote.contains("{") && !quote.contains("=")
            && quote.chars().filter(Character::isLetter).count() > 8;
    }

    static boolean occurs(String file, String quote) {
        String source = SOURCES.get(file);
        return source != null && contains(source, quote);
    }

    private static boolean contains(String source, String quote) {
        for (String part : quote.split("…|\\[\\.\\.\\.\\]|\\[…\\]|\\.\\.\\.")) {
            String normalised = normalise(part).replaceAll("^[\\s.,;:]+|[\\s,;:]+$", "");
            if (!normalised.isEmpty() && !source.contains(normalised)) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").replace("\\\"", "\"").strip();
    }

    private static Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("docs/sources"))) {
            files.filter(p -> p.getFileName().toString().matches("00\\d_.*\\.txt")).sorted().forEach(p -> {
                try {
                    out.put(p.getFileName().toString().substring(0, 3), normalise(Files.readString(p, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Docs, READMEs and every data file that quotes the sources. */
    private static List<Path> quotingFiles() throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile)
                .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/") && !p.toString().contains("/docs/sources/"))
                .filter(p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".md") || (name.endsWith(".yaml") && p.toString().contains("/src/main/resources/"));
                }).sorted().toList();
        }
    }
}
