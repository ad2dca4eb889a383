package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import nl.sociaaldomein.atelier.io.support.ProblemCollector;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A JSON or YAML file parsed into a tree that remembers where every value stood, so that
 * readers can report problems by line and column as well as by JSON path.
 *
 * <p>Parsing refuses, with a located problem in our own words and never a stack trace: an empty
 * file, a file over the size limit, malformed text (placed where the mistake is, see
 * {@link SyntaxMessages}), characters YAML does not allow, nesting deeper than the limit, texts
 * longer than the limit, numbers not written as plain decimals ({@link NumberSpelling}), YAML tags
 * ({@code !!java.lang.Object}), a second YAML document, and (collected rather than first-only)
 * fields that appear twice in one object and YAML aliases (Jackson would hand an alias over as its
 * anchor's name). Numbers keep their exact decimal text, so money is never read through a
 * {@code double}.
 */
public final class LocatedDocument {

    /** No amount, count or year needs more characters than this. */
    static final int MAX_NUMBER_CHARS = 40;

    private static final String TOO_LARGE = "input.too-large";
    private static final String SYNTAX = "input.syntax";
    private static final String YAML_FEATURE = "input.yaml-feature";

    private final String sourceName;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedDocument(String sourceName, JsonNode root, Map<String, int[]> locations) {
        this.sourceName = sourceName;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Reads a file; the format follows its name ({@code .json}, {@code .yaml}, {@code .yml}) or else its content.
     *
     * @param file   the file to read
     * @param limits the largest file, deepest nesting and longest text accepted
     * @return the parsed document, or the problems that stop it parsing (codes such as
     *     {@code input.file-unreadable}, {@code input.too-large}, {@code input.empty-file}, {@code input.syntax})
     */
    public static Result<LocatedDocument> read(Path file, ReadLimits limits) {
        String name = file.toString();
        return readBytes(file, limits).flatMap(bytes -> parse(name, bytes, InputFormat.forFile(name, bytes), limits));
    }

    /**
     * A file's bytes, or the one problem that stops it being read: a folder, a missing file,
     * something that is not a regular file (a pipe or a device, which could block or never end), a
     * file over the size limit (checked before reading, and again while reading, in case it grows),
     * an I/O error. A refused file's content is never read, so never quoted.
     *
     * @param file   the file to read
     * @param limits the largest file accepted ({@link ReadLimits#maxBytes()})
     * @return the bytes, or one problem: {@code input.file-unreadable} or {@code input.too-large}
     */
    public static Result<byte[]> readBytes(Path file, ReadLimits limits) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return Result.failed(List.of(unreadable(name, "is een map, geen bestand", "is a folder, not a file")));
            }
            if (!Files.exists(file)) {
                return Result.failed(List.of(unreadable(name, "bestand niet gevonden", "file not found")));
            }
            if (!Files.isRegularFile(file)) {
                return Result.failed(List.of(unreadable(name,
                    "geen gewoon bestand (een pipe, een apparaat of een socket), dus het wordt niet gelezen; geef een bestand op",
                    "not a regular file (a pipe, a device or a socket), so it is not read; give a file")));
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return Result.failed(List.of(tooLarge(name, size, limits)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
                if (bytes.length > limits.maxBytes()) {
                    return Result.failed(List.of(tooLarge(name, bytes.length, limits)));
                }
                return Result.ok(bytes);
            }
        } catch (AccessDeniedException e) {
            return Result.failed(List.of(unreadable(name, "geen toestemming om het bestand te lezen", "no permission to read the file")));
        } catch (IOException e) {
            return Result.failed(List.of(unreadable(name, "het bestand kan niet worden gelezen: " + e.getMessage(), "cannot read the file: " + e.getMessage())));
        }
    }

    /**
     * Parses bytes given in memory; refuses what the class comment lists, each refusal located.
     *
     * @param sourceName the name problems give as the file
     * @param bytes      the content, UTF-8 (a byte order mark is allowed)
     * @param format     JSON or YAML; parsing follows this, not the content
     * @param limits     the largest content, deepest nesting and longest text accepted
     * @return the parsed document, or every problem found (codes such as {@code input.too-large},
     *     {@code input.empty-file}, {@code input.encoding}, {@code input.syntax}, {@code input.yaml-feature},
     *     {@code input.number-form}, {@code input.duplicate-field})
     */
    public static Result<LocatedDocument> parse(
            String sourceName, byte[] bytes, InputFormat format, ReadLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            return Result.failed(List.of(tooLarge(sourceName, bytes.length, limits)));
        }
        if (isBlank(bytes)) {
            return empty(sourceName);
        }
        Either<Problem, String> decoded = Utf8Text.decode(sourceName, bytes, format, limits);
        if (decoded.isLeft()) {
            return Result.failed(List.of(decoded.getLeft()));
        }
        String text = decoded.get();
        if (format == InputFormat.YAML) {
            List<Problem> characters = YamlCharacters.refused(sourceName, text, limits);
            if (!characters.isEmpty()) {
                return Result.failed(characters);
            }
        }
        Builder builder = new Builder(sourceName, limits, format);
        Optional<JsonNode> root = builder.build(text);
        if (!builder.problems.isEmpty()) {
            return Result.failed(builder.problems.problems(sourceName));
        }
        return root.isEmpty() ? empty(sourceName)
            : Result.ok(new LocatedDocument(sourceName, root.get(), builder.locations));
    }

    /**
     * Where each value of a document starts, by JSON path, however far parsing got: a document
     * that does not parse still places what it holds before the mistake.
     */
    static Map<String, int[]> locationsOf(String sourceName, String text, InputFormat format, ReadLimits limits) {
        Builder builder = new Builder(sourceName, limits, format);
        builder.build(text);
        return builder.locations;
    }

    /** The path of the last value that starts at or before a place: the one a character there stands in. */
    static String enclosing(Map<String, int[]> values, int line, int column) {
        String best = "";
        int[] bestAt = {0, 0};
        for (Map.Entry<String, int[]> value : values.entrySet()) {
            int[] v = value.getValue();
            boolean before = v[0] < line || v[0] == line && v[1] <= column;
            boolean same = v[0] == bestAt[0] && v[1] == bestAt[1];
            // At one place an object and its first field both start: the field is the closer one.
            boolean later = v[0] > bestAt[0] || v[0] == bestAt[0] && v[1] > bestAt[1] || same && value.getKey().length() > best.length();
            if (before && later) {
                best = value.getKey();
                bestAt = v;
            }
        }
        return best;
    }

    /**
     * The name problems give as the file: the path as given, or the name a caller chose for bytes.
     *
     * @return the source name
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The parsed tree; numbers keep their exact decimal text ({@link java.math.BigDecimal}), never a {@code double}.
     *
     * @return the document's top-level value (not necessarily an object)
     */
    public JsonNode root() {
        return root;
    }

    /**
     * The line a JSON path's value starts on, or its nearest parent's; 0 when not known.
     *
     * @param pointer a JSON pointer such as {@code /initiatives/3/amount} ({@code ""} is the root)
     * @return the 1-based line, or 0
     */
    public int lineOf(String pointer) {
        return problemAt(pointer, "input.inconsistent", Text.of("-", "-")).place().line();
    }

    /**
     * A problem at this JSON path with its code and its message in Dutch and English; see {@link #problemAt(String, String, Text)}.
     *
     * @param pointer the JSON pointer of the value at fault
     * @param code    the problem code, such as {@code input.wrong-type}
     * @param nl      the message in Dutch
     * @param en      the message in English
     * @return the located problem
     */
    public Problem problemAt(String pointer, String code, String nl, String en) {
        return problemAt(pointer, code, Text.of(nl, en));
    }

    /**
     * A problem at this JSON path, located at the path or, when it is missing, its nearest parent.
     *
     * @param pointer the JSON pointer of the value at fault (kept as given, even when the value is missing)
     * @param code    the problem code, such as {@code input.missing-field}
     * @param message the message in Dutch and English
     * @return the problem with file, line and column
     */
    public Problem problemAt(String pointer, String code, Text message) {
        String p = pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return FileProblem.at(sourceName, at[0], at[1], pointer, code, message);
            }
            if (p.isEmpty()) {
                return FileProblem.at(sourceName, 0, 0, pointer, code, message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Only white space (and a byte order mark): checked on the bytes, without decoding a file of many megabytes. */
    private static boolean isBlank(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean byteOrderMark = i < 3 && (b == 0xef || b == 0xbb || b == 0xbf);
            if (!byteOrderMark && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Problem tooLarge(String name, long size, ReadLimits limits) {
        return FileProblem.at(name, 0, 0, "", TOO_LARGE, "het bestand is " + size + " bytes, meer dan de grens van " + limits.maxBytes(),
            "the file is " + size + " bytes, more than the limit of " + limits.maxBytes());
    }

    private static Problem unreadable(String name, String nl, String en) {
        return FileProblem.at(name, 0, 0, "", "input.file-unreadable", nl, en);
    }

    private static Result<LocatedDocument> empty(String source) {
        return Result.failed(List.of(FileProblem.at(source, 0, 0, "", "input.empty-file", "het bestand is leeg", "the file is empty")));
    }

    /** Refuses the document at once: reading further would cost more than the answer is worth. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.code(), null, false, false);
            this.problem = problem;
        }
    }

    /** Builds the tree from the token stream, recording each value's position by JSON Pointer. */
    private static final class Builder {
        private final String sourceName;
        private final ReadLimits limits;
        private final InputFormat format;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private final Map<String, int[]> locations = new HashMap<>();
        private final ProblemCollector problems = new ProblemCollector();
        /** The path of the value being read, for a problem the parser raises on the way. */
        private String current = "";
        private int lastLine;
        private int lastColumn;

        Builder(String sourceName, ReadLimits limits, InputFormat format) {
            this.sourceName = sourceName;
            this.limits = limits;
            this.format = format;
        }

        Optional<JsonNode> build(String text) {
            JsonParser parser = null;
            try {
                parser = factory().createParser(text);
                if (parser.nextToken() == null) {
                    return Optional.empty();
                }
                JsonNode root = value(parser, "", 0);
                current = "";
                if (parser.nextToken() != null) {
                    // YAML allows several documents in one file ("---"); reading only the first would drop the rest silently.
                    if (format == InputFormat.YAML) {
                        problem(parser.currentTokenLocation(), "", SYNTAX,
                            "het bestand bevat meer dan één document (hier begint een tweede, na '---'); zet alles in één document",
                            "the file holds more than one document (a second starts here, after '---'); put everything in one");
                    } else {
                        problem(parser.currentTokenLocation(), "", SYNTAX, "onverwachte inhoud na het einde van het document",
                            "unexpected content after the end of the document");
                    }
                }
                return Optional.of(root);
            } catch (Refused e) {
                problems.add(e.problem);
            } catch (StreamConstraintsException e) {
                JsonLocation at = parser == null ? null : parser.currentLocation();
                problems.add(FileProblem.at(sourceName, at == null ? lastLine : at.getLineNr(), at == null ? lastColumn : at.getColumnNr(),
                    current, TOO_LARGE, constraint(e.getOriginalMessage())));
            } catch (JsonProcessingException e) {
                problems.add(syntax(e, e.getCause(), parser));
            } catch (IOException e) {
                problems.add(unreadable(sourceName, "het bestand kan niet worden gelezen: " + e.getMessage(), "cannot read the file: " + e.getMessage()));
            } catch (RuntimeException e) {
                // SnakeYAML reports some errors unchecked.
                problems.add(syntax(null, e, parser));
            } finally {
                close(parser);
            }
            return Optional.empty();
        }

        private Problem syntax(JsonProcessingException jackson, Throwable cause, JsonParser parser) {
            SyntaxMessages.Located at;
            if (cause instanceof MarkedYAMLException yaml) {
                at = SyntaxMessages.yaml(yaml, lastLine, lastColumn);
            } else if (format == InputFormat.JSON && jackson != null) {
                at = SyntaxMessages.json(jackson.getOriginalMessage(), jackson.getLocation(),
                    parser == null ? null : parser.currentTokenLocation(), lastLine, lastColumn);
            } else {
                String why = jackson != null ? jackson.getOriginalMessage() : cause == null ? "" : cause.getMessage();
                JsonLocation where = jackson == null ? null : jackson.getLocation();
                String first = SyntaxMessages.firstLine(why);
                at = new SyntaxMessages.Located(where == null ? lastLine : where.getLineNr(), where == null ? lastColumn : where.getColumnNr(),
                    Text.of("geen geldige " + format + ": " + first, "not valid " + format + ": " + first));
            }
            return FileProblem.at(sourceName, at.line(), at.column(), current, SYNTAX, at.message());
        }

        private Text constraint(String message) {
            String m = message == null ? "" : message;
            if (m.contains("nesting depth")) {
                return tooDeep();
            }
            if (m.startsWith("Number")) {
                return Text.of("een getal van meer dan " + MAX_NUMBER_CHARS + " tekens; geen bedrag, aantal of jaar heeft er zoveel nodig",
                    "a number longer than " + MAX_NUMBER_CHARS + " characters; no amount, count or year needs that many");
            }
            if (m.startsWith("String")) {
                return Text.of("een tekst langer dan de grens van " + limits.maxTextChars() + " tekens",
                    "a text longer than the limit of " + limits.maxTextChars() + " characters");
            }
            if (m.startsWith("Name")) {
                return Text.of("een veldnaam langer dan de grens van " + limits.maxTextChars() + " tekens",
                    "a field name longer than the limit of " + limits.maxTextChars() + " characters");
            }
            return Text.of("het bestand is te groot om te lezen (meer dan de grens van " + limits.maxBytes() + " bytes)",
                "the file is too large to read (more than the limit of " + limits.maxBytes() + " bytes)");
        }

        private Text tooDeep() {
            return Text.of("te diep genest: meer dan " + limits.maxDepth() + " niveaus van objecten en lijsten in elkaar "
                + "(een echt bestand heeft er veel minder nodig)",
                "too deeply nested: more than " + limits.maxDepth() + " levels of objects and lists within each other "
                + "(a real file needs far fewer)");
        }

        JsonNode value(JsonParser parser, String pointer, int depth) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            lastLine = at.getLineNr();
            lastColumn = at.getColumnNr();
            current = pointer;
            locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
            if (depth > limits.maxDepth()) {
                throw new Refused(FileProblem.at(sourceName, at.getLineNr(), at.getColumnNr(), pointer, TOO_LARGE, tooDeep()));
            }
            if (parser instanceof YAMLParser yaml) {
                if (yaml.isCurrentAlias()) {
                    // Jackson hands an alias over as the text of its anchor's name, so "title: *m" would read as "m".
                    problem(at, pointer, YAML_FEATURE, "een YAML-alias (*" + parser.getText() + ") wordt hier niet gelezen; schrijf de waarde voluit",
                        "a YAML alias (*" + parser.getText() + ") is not read here; write the value out in full");
                    return nodes.nullNode();
                }
                String tag = yaml.getTypeId();
                if (tag != null) {
                    // SnakeYAML would build a Java object from "!!javax.script.ScriptEngineManager"; Jackson ignores
                    // tags, so the value would be read as if the tag were not there. Neither is what the writer meant.
                    problem(at, pointer, YAML_FEATURE, "een YAML-tag (" + shown(tag) + ") wordt hier niet gelezen; haal hem weg (en zet een tekst tussen aanhalingstekens)",
                        "a YAML tag (" + shown(tag) + ") is not read here; remove it (and quote a text)");
                }
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: return object(parser, pointer, depth);
                case START_ARRAY: return array(parser, pointer, depth);
                case VALUE_STRING: return text(parser, at, pointer);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: return number(parser, at, pointer, token == JsonToken.VALUE_NUMBER_INT);
                case VALUE_TRUE: return nodes.booleanNode(true);
                case VALUE_FALSE: return nodes.booleanNode(false);
                case VALUE_NULL: return nodes.nullNode();
                default: return nodes.textNode(parser.getText());
            }
        }

        private JsonNode text(JsonParser parser, JsonLocation at, String pointer) throws IOException {
            String text = parser.getText();
            if (text.length() > limits.maxTextChars()) {
                problem(at, pointer, TOO_LARGE, "een tekst van " + text.length() + " tekens, langer dan de grens van " + limits.maxTextChars(),
                    "a text of " + text.length() + " characters, longer than the limit of " + limits.maxTextChars());
                return nodes.nullNode();
            }
            return nodes.textNode(text);
        }

        /** Kept exactly as written (12000.50 stays 12000.50): money is never read through a double. */
        private JsonNode number(JsonParser parser, JsonLocation at, String pointer, boolean whole) throws IOException {
            String written = parser.getText().strip();
            if (written.length() > MAX_NUMBER_CHARS) {
                problem(at, pointer, TOO_LARGE, "een getal van " + written.length() + " tekens ('" + written.substring(0, 12)
                    + "…'), langer dan " + MAX_NUMBER_CHARS + "; geen bedrag, aantal of jaar heeft er zoveel nodig",
                    "a number of " + written.length() + " characters ('" + written.substring(0, 12)
                    + "…'), longer than " + MAX_NUMBER_CHARS + "; no amount, count or year needs that many");
                return nodes.nullNode();
            }
            Optional<Text> spelling = NumberSpelling.problem(written);
            if (spelling.isPresent()) {
                problem(at, pointer, "input.number-form", spelling.get());
                return nodes.nullNode();
            }
            return whole ? nodes.numberNode(new BigInteger(written)) : DecimalNode.valueOf(new BigDecimal(written));
        }

        private ObjectNode object(JsonParser parser, String pointer, int depth) throws IOException {
            ObjectNode object = nodes.objectNode();
            current = pointer;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation nameAt = parser.currentTokenLocation();
                String child = pointer + "/" + escape(name);
                current = child;
                if (name.length() > limits.maxTextChars()) {
                    problem(nameAt, pointer, TOO_LARGE, "een veldnaam van " + name.length() + " tekens, langer dan de grens van "
                        + limits.maxTextChars(), "a field name of " + name.length() + " characters, longer than the limit of "
                        + limits.maxTextChars());
                    child = pointer + "/" + escape(name.substring(0, 40) + "…");
                    current = child;
                }
                parser.nextToken();
                if (object.has(name)) {
                    int[] first = locations.get(child);
                    String firstLine = first == null ? "?" : String.valueOf(first[0]);
                    problem(nameAt, child, "input.duplicate-field", "veld '" + name + "' staat twee keer in één object (eerst op regel "
                        + firstLine + ")", "field '" + name + "' appears twice in one object (first on line " + firstLine + ")");
                    parser.skipChildren();
                    current = pointer;
                    continue;
                }
                object.set(name, value(parser, child, depth + 1));
                current = pointer;
            }
            return object;
        }

        private ArrayNode array(JsonParser parser, String pointer, int depth) throws IOException {
            ArrayNode array = nodes.arrayNode();
            int index = 0;
            current = pointer + "/" + index;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser, pointer + "/" + index++, depth + 1));
                current = pointer + "/" + index;
            }
            return array;
        }

        void problem(JsonLocation at, String pointer, String code, String nl, String en) {
            problem(at, pointer, code, Text.of(nl, en));
        }

        void problem(JsonLocation at, String pointer, String code, Text message) {
            problems.add(FileProblem.at(sourceName, at.getLineNr(), at.getColumnNr(), pointer, code, message));
        }

        private JsonFactory factory() {
            // Jackson's own limits sit above ours, so that ours, which say where and what in our words, are met first.
            int beyondFile = (int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxBytes(), limits.maxTextChars()) + 1);
            StreamReadConstraints.Builder limiting = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxStringLength(beyondFile)
                .maxNumberLength(1000);
            try {
                limiting.maxNameLength(beyondFile);
            } catch (NoSuchMethodError e) {
                // Jackson 2.15 (older than the supported 2.17, yet what Spring Boot 3.2 brings) limits no name's length: nothing to raise.
            }
            StreamReadConstraints constraints = limiting.build();
            if (format == InputFormat.YAML) {
                LoaderOptions loader = new LoaderOptions();
                loader.setMaxAliasesForCollections(20); // no "billion laughs"
                loader.setAllowDuplicateKeys(true);     // duplicates are reported by the builder, with both places
                loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
                loader.setNestingDepthLimit(limits.maxDepth() + 2);
                return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
            }
            // Sharing and interning field names costs more than it saves when a file holds millions of distinct ones.
            // (The text is decoded strictly beforehand, so the parser reads characters, not bytes.)
            return JsonFactory.builder().streamReadConstraints(constraints)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
        }

        /** As the file wrote it: {@code !!java.lang.Object} for the core schema's prefix, {@code !evil} otherwise. */
        private static String shown(String tag) {
            String core = "tag:yaml.org,2002:";
            return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag.startsWith("!") ? tag : "!" + tag;
        }

        private static void close(JsonParser parser) {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException | RuntimeException ignored) {
                    // Nothing was written; a parser that fails to close leaves nothing behind.
                }
            }
        }

        /** JSON Pointer escaping (RFC 6901): '~' becomes "~0" and '/' becomes "~1". */
        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }
}
