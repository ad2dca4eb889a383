package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * The JSON Schemas of the file formats, the one description of their structure: the copies in this
 * jar ({@code nl/sociaaldomein/atelier/io/schema/}) are what the readers validate with and what
 * {@code docs/} points to. A document is checked against its schema before anything is bound,
 * and each thing the validator finds becomes a located problem in the project's words
 * ({@link SchemaMessages}).
 */
enum FormatSchema {

    PORTFOLIO("portfolio.schema.json", List.of("/initiatives")),
    ROUND("round.schema.json", List.of("/portfolio/initiatives", "/scores", "/decisions/outcomes", "/decisions/reservations",
        "/provenance"));

    /** Beyond this many places with problems the rest of a file is not checked further: nobody reads that many. */
    static final int MOST_PLACES_SET_ASIDE = 10_000;

    /** The {@code $id} of every schema starts with this; their {@code $ref}s to each other are relative to it. */
    static final String ID_PREFIX = "https://github.com/sociaaldomein/atelier/schema/";
    /** Where the schemas are inside the jar. */
    static final String RESOURCE_FOLDER = "nl/sociaaldomein/atelier/io/schema/";

    private final String fileName;
    /** Lists of things that are checked each on its own: a problem in one element sets aside only that element. */
    private final List<String> independentLists;

    FormatSchema(String fileName, List<String> independentLists) {
        this.fileName = fileName;
        this.independentLists = independentLists;
    }

    String fileName() {
        return fileName;
    }

    /** The schema document itself, as shipped. */
    JsonNode document() {
        return Loaded.DOCUMENTS.get(ID_PREFIX + fileName);
    }

    /**
     * Validates the context's document and reports every finding into the context. Fields whose
     * value is null ({@code null}, YAML's {@code ~}) count as left out. The findings
     * are mapped one by one as the validator makes them, so a file with millions of mistakes
     * costs memory only for the problems the context keeps.
     *
     * @return the tree to bind: the document without the parts the schema found fault with (an
     *     element of an independent list becomes null, any other part is left out), so that what
     *     a schema cannot say is still checked in the rest and all problems are reported at once;
     *     empty when there were too many problems to go on
     */
    Optional<JsonNode> check(ReadContext context) {
        Schema schema = Loaded.SCHEMAS.get(this);
        JsonNode tree = CopyOnEdit.withoutNullFields(context.document().root());
        SchemaMessages messages = new SchemaMessages(Loaded.DOCUMENTS, context.document().root());
        Set<String> setAside = new HashSet<>();
        boolean[] tooMany = {false};
        ForwardingErrors errors = new ForwardingErrors(error -> messages.report(context, error).ifPresent(pointer -> {
            if (!tooMany[0]) {
                setAside.add(partOf(pointer));
                tooMany[0] = setAside.size() > MOST_PLACES_SET_ASIDE;
            }
        }));
        schema.validate(tamed(tree), executionContext -> {
            executionContext.executionConfig(config -> config.formatAssertionsEnabled(true));
            executionContext.setErrors(errors);
        });
        if (tooMany[0]) {
            return Optional.empty();
        }
        CopyOnEdit edit = new CopyOnEdit(tree);
        setAside.forEach(edit::remove);
        return Optional.of(edit.result());
    }

    /** The part a problem sets aside: the element of an independent list it lies in, else the top-level field. */
    private String partOf(String pointer) {
        for (String list : independentLists) {
            if (pointer.startsWith(list + "/")) {
                int end = pointer.indexOf('/', list.length() + 1);
                String element = end < 0 ? pointer : pointer.substring(0, end);
                if (element.substring(list.length() + 1).chars().allMatch(Character::isDigit)) {
                    return element;
                }
            }
        }
        int second = pointer.indexOf('/', 1);
        return second < 0 ? pointer : pointer.substring(0, second);
    }

    /**
     * The tree the validator sees: a number with an absurd exponent (1e999999999) stands in as a
     * merely large one, which the validator can compare without computing a billion digits. The
     * document is not changed, and the messages explain the value as the file wrote it.
     */
    private static JsonNode tamed(JsonNode tree) {
        CopyOnEdit edit = new CopyOnEdit(tree);
        findAbsurd(tree, new java.util.ArrayDeque<>(), edit);
        return edit.result();
    }

    /** Walks the tree keeping the names on the way; a path is written out only for a number to replace. */
    private static void findAbsurd(JsonNode node, java.util.Deque<String> names, CopyOnEdit edit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                names.addLast(field.getKey());
                findAbsurd(field.getValue(), names, edit);
                names.removeLast();
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                names.addLast(String.valueOf(i));
                findAbsurd(node.get(i), names, edit);
                names.removeLast();
            }
        } else if (node.isBigDecimal()) {
            JsonNode standIn = standIn(node);
            if (standIn != node) {
                StringBuilder pointer = new StringBuilder();
                names.forEach(name -> pointer.append('/').append(name.replace("~", "~0").replace("/", "~1")));
                edit.replace(pointer.toString(), standIn);
            }
        }
    }

    private static JsonNode standIn(JsonNode value) {
        if (!value.isBigDecimal()) {
            return value;
        }
        BigDecimal number = value.decimalValue();
        int scale = number.scale();
        if (Math.abs(scale) <= MOST_EXPONENT) {
            return value;
        }
        BigDecimal standIn = BigDecimal.ONE.scaleByPowerOfTen(scale < 0 ? MOST_EXPONENT : -MOST_EXPONENT);
        return DecimalNode.valueOf(number.signum() < 0 ? standIn.negate() : standIn);
    }

    /** Far beyond any amount, and cheap for the validator's exact arithmetic. */
    private static final int MOST_EXPONENT = 100;

    /** A JSON Pointer (RFC 6901) of a validator's path: {@code /initiatives/3/applicant}. */
    static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /**
     * The validator's list of findings, handing each on as it is added instead of keeping it. The
     * validator only appends to its top-level list (the combinators collect their alternatives'
     * findings in lists of their own), and asks for its size to see whether anything was found.
     */
    private static final class ForwardingErrors extends AbstractList<Error> {
        private final Consumer<Error> sink;
        private int size;

        ForwardingErrors(Consumer<Error> sink) {
            this.sink = sink;
        }

        @Override
        public boolean add(Error error) {
            sink.accept(error);
            size++;
            return true;
        }

        @Override
        public Error get(int index) {
            throw new UnsupportedOperationException("findings are handed on, not kept");
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The format {@code atelier-day}: a full date (30-06-2016 or 2016-06-30) of a day that exists. */
    private static final class DayFormat implements Format {
        @Override
        public String getName() {
            return "atelier-day";
        }

        @Override
        public boolean matches(ExecutionContext executionContext, String value) {
            return PartialDate.parseDay(value).isOk();
        }
    }

    /** Loaded once: reading and compiling the schemas costs far more than validating a file. */
    private static final class Loaded {
        static final Map<String, JsonNode> DOCUMENTS = new LinkedHashMap<>();
        static final Map<FormatSchema, Schema> SCHEMAS = new EnumMap<>(FormatSchema.class);

        static {
            ObjectMapper mapper = new ObjectMapper();
            Map<String, String> texts = new LinkedHashMap<>();
            for (FormatSchema format : FormatSchema.values()) {
                String text = resource(format.fileName);
                texts.put(ID_PREFIX + format.fileName, text);
                try {
                    DOCUMENTS.put(ID_PREFIX + format.fileName, mapper.readTree(text));
                } catch (IOException e) {
                    throw new UncheckedIOException("the schema " + format.fileName + " in the jar is not JSON", e);
                }
            }
            // Draft 2020-12 with one format of our own: a date that is a day of the calendar.
            Dialect dialect = Dialect.builder(Dialects.getDraft202012()).format(new DayFormat()).build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemas(texts::get));
            for (FormatSchema format : FormatSchema.values()) {
                Schema schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + format.fileName));
                schema.initializeValidators();
                SCHEMAS.put(format, schema);
            }
        }

        private static String resource(String fileName) {
            try (InputStream in = FormatSchema.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("the schema " + fileName + " is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
