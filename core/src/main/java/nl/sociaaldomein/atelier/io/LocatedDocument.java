package nl.sociaaldomein.atelier.io;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A JSON or YAML file parsed into a tree that remembers where every value stood, so that
 * readers can report problems by line and column as well as by JSON path.
 *
 * <p>Parsing refuses, with a located problem and never a stack trace: an empty file, a file over
 * the size limit, malformed text, nesting deeper than the limit, over-long texts, a second YAML
 * document, and (collected rather than first-only) fields that appear twice in one object and YAML
 * aliases (Jackson would hand an alias over as its anchor's name). Numbers keep their exact
 * decimal text, so money is never read through a {@code double}.
 */
public final class LocatedDocument {

    private final String sourceName;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedDocument(String sourceName, JsonNode root, Map<String, int[]> locations) {
        this.sourceName = sourceName;
        this.root = root;
        this.locations = locations;
    }

    /** Reads a file; the format follows its name ({@code .json}, {@code .yaml}, {@code .yml}) or else its content. */
    public static Either<List<InputProblem>, LocatedDocument> read(Path file, ReadLimits limits) {
        String name = file.toString();
        return readBytes(file, limits).flatMap(bytes -> parse(name, bytes, InputFormat.forFile(name, bytes), limits));
    }

    /**
     * A file's bytes, or the one problem that stops it being read: a folder, a missing file, a
     * file over the size limit (checked before reading), an I/O error.
     */
    public static Either<List<InputProblem>, byte[]> readBytes(Path file, ReadLimits limits) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return Either.left(List.of(new InputProblem(name, 0, 0, "", "is a folder, not a file")));
            }
            if (!Files.isRegularFile(file)) {
                return Either.left(List.of(new InputProblem(name, 0, 0, "", "file not found")));
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return Either.left(List.of(new InputProblem(name, 0, 0, "",
                    "the file is " + size + " bytes, more than the limit of " + limits.maxBytes())));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Either.right(in.readAllBytes());
            }
        } catch (IOException e) {
            return Either.left(List.of(new InputProblem(name, 0, 0, "", "cannot read the file: " + e.getMessage())));
        }
    }

    public static Either<List<InputProblem>, LocatedDocument> parse(
            String sourceName, byte[] bytes, InputFormat format, ReadLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            return single(sourceName, "the file is " + bytes.length + " bytes, more than the limit of " + limits.maxBytes());
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return single(sourceName, "the file is empty");
        }
        Builder builder = new Builder(sourceName, limits);
        try (JsonParser parser = factory(format, limits).createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return single(sourceName, "the file is empty");
            }
            JsonNode root = builder.value(parser, "", 0);
            if (parser.nextToken() != null) {
                // YAML allows several documents in one file ("---"); reading only the first would drop the rest silently.
                builder.problem(parser.currentTokenLocation(), "", format == InputFormat.YAML
                    ? "the file holds more than one document (a second starts here, after '---'); put everything in one"
                    : "unexpected content after the end of the document");
            }
            if (!builder.problems.isEmpty()) {
                return Either.left(List.copyOf(builder.problems));
            }
            return Either.right(new LocatedDocument(sourceName, root, builder.locations));
        } catch (StreamConstraintsException e) {
            return single(sourceName, builder.lastLine, builder.lastColumn, "the file is too large or too deeply nested: "
                + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? builder.lastLine : at.getLineNr();
            int column = at == null ? builder.lastColumn : at.getColumnNr();
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                // Jackson locates where the parser was (the context); the problem itself may be lines further.
                line = yaml.getProblemMark().getLine() + 1;
                column = yaml.getProblemMark().getColumn() + 1;
            }
            String why = format == InputFormat.YAML ? statements(e.getOriginalMessage()) : firstLine(e.getOriginalMessage());
            return single(sourceName, line, column, "not valid " + format + ": " + why);
        } catch (IOException e) {
            return single(sourceName, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML reports some structural errors (too many aliases, bad anchors) unchecked.
            return single(sourceName, builder.lastLine, builder.lastColumn,
                "not valid " + format + ": " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    public String sourceName() {
        return sourceName;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem at this JSON path, located at the path or, when it is missing, its nearest parent. */
    public InputProblem problemAt(String pointer, String message) {
        String p = pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return new InputProblem(sourceName, at[0], at[1], pointer, message);
            }
            if (p.isEmpty()) {
                return new InputProblem(sourceName, 0, 0, pointer, message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static JsonFactory factory(InputFormat format, ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxTextChars())
            .maxNumberLength(40)
            .build();
        if (format == InputFormat.YAML) {
            LoaderOptions loader = new LoaderOptions();
            loader.setMaxAliasesForCollections(20); // no "billion laughs"
            loader.setAllowDuplicateKeys(true);     // duplicates are reported by the builder, with both places
            loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
            loader.setNestingDepthLimit(limits.maxDepth());
            return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
        }
        return JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }

    /**
     * SnakeYAML's message is a context ("while scanning for the next token"), then the problem
     * ("found character '\t(TAB)' that cannot start any token"), each followed by an indented place
     * and snippet; the first line alone would leave out what is wrong. Keeps the statements only.
     */
    private static String statements(String message) {
        String m = message == null ? "" : message.strip();
        List<String> kept = new ArrayList<>();
        for (String line : m.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                kept.add(line.strip());
            }
        }
        return kept.isEmpty() ? firstLine(m) : String.join(": ", kept);
    }

    private static Either<List<InputProblem>, LocatedDocument> single(String source, String message) {
        return single(source, 0, 0, message);
    }

    private static Either<List<InputProblem>, LocatedDocument> single(String source, int line, int column, String message) {
        return Either.left(List.of(new InputProblem(source, line, column, "", message)));
    }

    /** Builds the tree from the token stream, recording each value's position by JSON Pointer. */
    private static final class Builder {
        private final String sourceName;
        private final ReadLimits limits;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private final Map<String, int[]> locations = new HashMap<>();
        private final List<InputProblem> problems = new ArrayList<>();
        private int lastLine;
        private int lastColumn;

        Builder(String sourceName, ReadLimits limits) {
            this.sourceName = sourceName;
            this.limits = limits;
        }

        JsonNode value(JsonParser parser, String pointer, int depth) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            lastLine = at.getLineNr();
            lastColumn = at.getColumnNr();
            locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
            if (depth > limits.maxDepth()) {
                throw new StreamConstraintsException("nesting deeper than " + limits.maxDepth() + " levels");
            }
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                // Jackson hands an alias over as the text of its anchor's name, so "title: *m" would read as "m".
                problem(at, pointer, "a YAML alias (*" + parser.getText() + ") is not read here; write the value out in full");
                return nodes.nullNode();
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: return object(parser, pointer, depth);
                case START_ARRAY: return array(parser, pointer, depth);
                case VALUE_STRING: return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT: return nodes.numberNode(parser.getBigIntegerValue());
                // Kept exactly as written (12000.50 stays 12000.50): money is never read through a double.
                case VALUE_NUMBER_FLOAT: return DecimalNode.valueOf(new BigDecimal(parser.getText()));
                case VALUE_TRUE: return nodes.booleanNode(true);
                case VALUE_FALSE: return nodes.booleanNode(false);
                case VALUE_NULL: return nodes.nullNode();
                default: return nodes.textNode(parser.getText());
            }
        }

        private ObjectNode object(JsonParser parser, String pointer, int depth) throws IOException {
            ObjectNode object = nodes.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation nameAt = parser.currentTokenLocation();
                parser.nextToken();
                String child = pointer + "/" + escape(name);
                if (object.has(name)) {
                    int[] first = locations.get(child);
                    problem(nameAt, child, "field '" + name + "' appears twice in one object (first on line "
                        + (first == null ? "?" : first[0]) + ")");
                    parser.skipChildren();
                    continue;
                }
                object.set(name, value(parser, child, depth + 1));
            }
            return object;
        }

        private ArrayNode array(JsonParser parser, String pointer, int depth) throws IOException {
            ArrayNode array = nodes.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser, pointer + "/" + index++, depth + 1));
            }
            return array;
        }

        void problem(JsonLocation at, String pointer, String message) {
            problems.add(new InputProblem(sourceName, at.getLineNr(), at.getColumnNr(), pointer, message));
        }

        /** JSON Pointer escaping (RFC 6901): '~' becomes "~0" and '/' becomes "~1". */
        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }
}
