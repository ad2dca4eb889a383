package nl.sociaaldomein.atelier.jackson.shape;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.text.Printable;

/**
 * One JSON value being read, with its place in the document. Every accessor records a problem
 * (with the JSON path) instead of throwing, and returns a stand-in (null, 0, an empty list);
 * {@link #build} then builds nothing. So one pass over a document finds all of its problems.
 *
 * <p>Missing lists and maps read as empty, missing optional fields and {@code null} as absent;
 * every other field is required. Fields a shape does not ask for are refused when the reading
 * was started with {@code rejectUnknownFields} (Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES}),
 * ignored otherwise.
 */
public final class JsonIn {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonTree tree;
    private final String path;
    private final Reading reading;
    private final int problemsAtStart;
    private final Set<String> asked = new LinkedHashSet<>();
    private boolean askedAll;

    private JsonIn(JsonTree tree, String path, Reading reading) {
        this.tree = tree;
        this.path = path;
        this.reading = reading;
        this.problemsAtStart = reading.problems.size();
    }

    /**
     * Reads a whole document in a shape.
     *
     * @param <T>                 the type read
     * @param shape               the shape
     * @param tree                the document
     * @param rejectUnknownFields whether a field no shape asks for is a problem
     * @return the value
     * @throws ShapeException listing every problem, when the document is not such a value
     */
    public static <T> T read(Shape<T> shape, JsonTree tree, boolean rejectUnknownFields) {
        Reading reading = new Reading(rejectUnknownFields);
        T value = new JsonIn(tree, "$", reading).readAs(shape);
        if (!reading.problems.isEmpty()) {
            throw new ShapeException(reading.problems);
        }
        return value;
    }

    /**
     * The JSON path of this value, e.g. {@code $.pots.wmo-2016.ceiling}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The value as parsed.
     *
     * @return the tree
     */
    public JsonTree tree() {
        return tree;
    }

    /**
     * Reads this value in a shape (for example the fields of a variant, from the same object).
     *
     * @param <T>   the type
     * @param shape the shape
     * @return the value, or null after a problem
     */
    public <T> T readAs(Shape<T> shape) {
        T value = shape.read(this);
        if (reading.rejectUnknownFields && tree.kind() == JsonTree.Kind.OBJECT && !askedAll) {
            for (String name : tree.fieldNames()) {
                if (!asked.contains(name)) {
                    problem(childPath(name), "unknown field; " + shape.type().getSimpleName() + " has " + String.join(", ", asked));
                }
            }
        }
        return value;
    }

    // ---- this value ----

    /**
     * Whether this value is an object; records a problem when it is not.
     *
     * @return true for an object
     */
    public boolean requireObject() {
        return require(JsonTree.Kind.OBJECT, "an object");
    }

    /**
     * This value as a string.
     *
     * @return the text, or null after a problem
     */
    public String asString() {
        return require(JsonTree.Kind.STRING, "a string") ? tree.text() : null;
    }

    /**
     * This value as a whole number that fits in a {@code long}.
     *
     * @return the number, or null after a problem
     */
    public Long asWholeNumber() {
        if (tree.kind() != JsonTree.Kind.NUMBER || !tree.isWholeNumber()) {
            problem("must be a whole number, not " + describe(tree));
            return null;
        }
        try {
            return Long.parseLong(tree.text());
        } catch (NumberFormatException e) {
            problem("the number " + tree.text() + " is out of range (at most " + Long.MAX_VALUE + " in size)");
            return null;
        }
    }

    /**
     * This value as {@code true} or {@code false}.
     *
     * @return the value, or null after a problem
     */
    public Boolean asBoolean() {
        return require(JsonTree.Kind.BOOLEAN, "true or false") ? tree.booleanValue() : null;
    }

    /**
     * This value's elements, each with its place.
     *
     * @return the elements; empty after a problem
     */
    public List<JsonIn> elements() {
        if (!require(JsonTree.Kind.ARRAY, "a list")) {
            return List.of();
        }
        List<JsonTree> elements = tree.elements();
        List<JsonIn> out = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            out.add(new JsonIn(elements.get(i), path + "[" + i + "]", reading));
        }
        return out;
    }

    // ---- fields of this object ----

    /**
     * A required field in a shape.
     *
     * @param <T>   the type
     * @param name  the field
     * @param shape its shape
     * @return the value, or null after a problem
     */
    public <T> T get(String name, Shape<T> shape) {
        Optional<JsonIn> field = field(name);
        if (field.isEmpty()) {
            problem(childPath(name), "is missing (" + shape.type().getSimpleName() + " required)");
            return null;
        }
        return field.get().readAs(shape);
    }

    /**
     * An optional field in a shape: missing or {@code null} is empty.
     *
     * @param <T>   the type
     * @param name  the field
     * @param shape its shape
     * @return the value, or empty when absent (or after a problem)
     */
    public <T> Optional<T> optional(String name, Shape<T> shape) {
        return field(name).map(in -> in.readAs(shape));
    }

    /**
     * A required string field.
     *
     * @param name the field
     * @return the text, or null after a problem
     */
    public String string(String name) {
        return get(name, Basic.STRING);
    }

    /**
     * An optional string field.
     *
     * @param name the field
     * @return the text, if present
     */
    public Optional<String> optionalString(String name) {
        return optional(name, Basic.STRING);
    }

    /**
     * A required whole-number field.
     *
     * @param name the field
     * @return the number, or 0 after a problem
     */
    public long wholeNumber(String name) {
        Long value = get(name, Basic.LONG);
        return value == null ? 0 : value;
    }

    /**
     * A required whole-number field that fits in an {@code int}.
     *
     * @param name the field
     * @return the number, or 0 after a problem
     */
    public int smallNumber(String name) {
        Integer value = get(name, Basic.INT);
        return value == null ? 0 : value;
    }

    /**
     * A required boolean field.
     *
     * @param name the field
     * @return the value, or false after a problem
     */
    public boolean bool(String name) {
        Boolean value = get(name, Basic.BOOLEAN);
        return value != null && value;
    }

    /**
     * A list field: missing is empty.
     *
     * @param <T>   the elements' type
     * @param name  the field
     * @param shape the elements' shape
     * @return the elements (some null after a problem)
     */
    public <T> List<T> list(String name, Shape<T> shape) {
        Optional<JsonIn> field = field(name);
        if (field.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (JsonIn element : field.get().elements()) {
            out.add(element.readAs(shape));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * An object field read as a map with string keys, in document order: missing is empty.
     *
     * @param <T>   the values' type
     * @param name  the field
     * @param shape the values' shape
     * @return the map (some values null after a problem)
     */
    public <T> Map<String, T> map(String name, Shape<T> shape) {
        Optional<JsonIn> field = field(name);
        if (field.isEmpty() || !field.get().requireObject()) {
            return Map.of();
        }
        JsonIn object = field.get();
        Map<String, T> out = new LinkedHashMap<>();
        for (String key : object.tree.fieldNames()) {
            JsonIn value = new JsonIn(object.tree.field(key).orElseThrow(), object.childPath(key), reading);
            out.put(key, value.readAs(shape));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Marks fields as known without reading them: fields written for people (a {@code text}) or
     * computed from the others.
     *
     * @param names the fields
     */
    public void ignore(String... names) {
        asked.addAll(List.of(names));
    }

    /** Marks every field as known: for shapes that hand the whole object to another reader. */
    public void ignoreAll() {
        askedAll = true;
    }

    // ---- building and problems ----

    /**
     * Builds the value when nothing was wrong with this value's part of the document. A domain
     * check that fails (an {@link IllegalArgumentException} or {@link IllegalStateException},
     * an out-of-range amount or date) is recorded as this value's problem; a message that starts
     * with a JSON path ({@code $.amount ...}, as the journal codec writes) is placed under this
     * value.
     *
     * @param <T>  the type
     * @param make builds the value
     * @return the value, or null when a problem was found here or now
     */
    public <T> T build(Supplier<T> make) {
        if (hasProblems()) {
            return null;
        }
        try {
            return make.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("$.") || message.startsWith("$[")) {
                int end = message.indexOf(' ');
                String relative = end < 0 ? message : message.substring(0, end);
                reading.problems.add(new ReadProblem(path + relative.substring(1), end < 0 ? "is wrong" : message.substring(end + 1)));
            } else {
                problem(message);
            }
            return null;
        }
    }

    /**
     * Whether a problem was recorded in this value's part of the document.
     *
     * @return true after a problem
     */
    public boolean hasProblems() {
        return reading.problems.size() > problemsAtStart;
    }

    /**
     * Records a problem with this value.
     *
     * @param message what is wrong
     */
    public void problem(String message) {
        problem(path, message);
    }

    /**
     * Records a problem found by another reader of this value (the JSON library reading a
     * {@code Result}'s value, say), whose path starts at this value: {@code $.cents} of the value
     * at {@code $.value} is {@code $.value.cents}.
     *
     * @param relativePath the path from this value, starting with {@code $}
     * @param message      what is wrong
     */
    public void problemWithin(String relativePath, String message) {
        problem(relativePath.startsWith("$") ? path + relativePath.substring(1) : path, message);
    }

    /**
     * Records a problem with one of this object's fields.
     *
     * @param name    the field
     * @param message what is wrong
     */
    public void fieldProblem(String name, String message) {
        asked.add(name);
        problem(childPath(name), message);
    }

    private void problem(String at, String message) {
        reading.problems.add(new ReadProblem(at, message));
    }

    private Optional<JsonIn> field(String name) {
        asked.add(name);
        if (tree.kind() != JsonTree.Kind.OBJECT) {
            return Optional.empty();
        }
        return tree.field(name).filter(value -> value.kind() != JsonTree.Kind.NULL)
            .map(value -> new JsonIn(value, childPath(name), reading));
    }

    private boolean require(JsonTree.Kind kind, String what) {
        if (tree.kind() == kind) {
            return true;
        }
        problem("must be " + what + ", not " + describe(tree));
        return false;
    }

    private String childPath(String name) {
        return PLAIN_NAME.matcher(name).matches() ? path + "." + name
            : path + "['" + Printable.escaped(name).replace("'", "\\'") + "']";
    }

    /**
     * How a value reads in a message: its kind, and a short quote for strings and numbers.
     *
     * @param value the value
     * @return e.g. {@code the string '12,50'}, {@code the number 12.5}, {@code an object}
     */
    static String describe(JsonTree value) {
        switch (value.kind()) {
            case STRING: return "the string '" + Printable.escaped(shorten(value.text())) + "'";
            case NUMBER: return "the number " + shorten(value.text());
            case BOOLEAN: return Boolean.toString(value.booleanValue());
            case OBJECT: return "an object";
            case ARRAY: return "a list";
            default: return "null";
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** What one reading shares: its problems and whether unknown fields are refused. */
    private static final class Reading {
        final List<ReadProblem> problems = new ArrayList<>();
        final boolean rejectUnknownFields;

        Reading(boolean rejectUnknownFields) {
            this.rejectUnknownFields = rejectUnknownFields;
        }
    }
}
