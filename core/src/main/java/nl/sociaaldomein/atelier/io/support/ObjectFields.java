package nl.sociaaldomein.atelier.io.support;

import nl.sociaaldomein.atelier.io.support.Mistake;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.io.LocatedDocument;

/**
 * Reads the fields of one JSON/YAML object, reporting every problem into the {@link ReadContext}
 * with its path. Each getter returns empty when the field is missing or wrong (and says so), so a
 * reader can go on and find the next problem. Call {@link #done()} last: it reports the fields
 * nobody asked for as unknown, with a "did you mean" where a known name is close.
 */
public final class ObjectFields {

    private static final String WRONG_TYPE = "input.wrong-type";
    private static final String DATE = "input.date-invalid";

    private final ReadContext context;
    private final JsonNode node;
    private final String pointer;
    private final Set<String> asked = new LinkedHashSet<>();

    private ObjectFields(ReadContext context, JsonNode node, String pointer) {
        this.context = context;
        this.node = node;
        this.pointer = pointer;
    }

    /**
     * The object at {@code pointer}; reports a problem (and reads as empty) when it is not an object.
     *
     * @param context where problems go
     * @param node    the value found in the file, possibly {@code null}
     * @param pointer the value's JSON pointer, the start of every field's path
     * @return the fields; empty (after an {@code input.wrong-type} problem) when {@code node} is no object
     */
    public static ObjectFields of(ReadContext context, JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            context.problem(pointer, WRONG_TYPE, "verwacht een object (velden tussen accolades of ingesprongen), maar gevonden: "
                + describeNl(node), "expected an object (fields in braces or indented), found " + describe(node));
            return new ObjectFields(context, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), pointer);
        }
        return new ObjectFields(context, node, pointer);
    }

    /**
     * Where this object stands in the document.
     *
     * @return its JSON pointer ({@code ""} for the root)
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The JSON Pointer of a field; '~' and '/' in its name are escaped (RFC 6901), as {@link LocatedDocument} records them.
     *
     * @param field the field's name as written in the file
     * @return the field's JSON pointer, for placing a problem about it
     */
    public String pathOf(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The context problems are reported into, for a reader that checks more than a getter can.
     *
     * @return the document's read context
     */
    public ReadContext context() {
        return context;
    }

    /**
     * Whether the field is given (not missing, not {@code null}); it then counts as known for {@link #done()}.
     *
     * @param field the field's name
     * @return whether the file gives a value
     */
    public boolean has(String field) {
        asked.add(field);
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /**
     * As {@link #text(String)}, and a missing field is an {@code input.missing-field} problem.
     *
     * @param field the field's name
     * @return the text, stripped; empty after a problem
     */
    public Optional<String> requiredText(String field) {
        return require(field, text(field));
    }

    /**
     * A text; blank text counts as a problem (say nothing rather than an empty string). A number is
     * taken as its text, since YAML reads {@code 2016} as a number where a name was meant.
     *
     * @param field the field's name
     * @return the text, stripped; empty when missing or after an {@code input.wrong-type} or
     *     {@code input.empty-value} problem
     */
    public Optional<String> text(String field) {
        return value(field).flatMap(v -> {
            if (!v.isTextual() && !v.isNumber()) {
                return wrongType(field, "een tekst", "a text", v);
            }
            String text = v.asText();
            if (text.isBlank()) {
                context.problem(pathOf(field), "input.empty-value", "mag niet leeg zijn", "must not be empty");
                return Optional.empty();
            }
            return Optional.of(text.strip());
        });
    }

    /**
     * A yes/no value, written {@code true} or {@code false}.
     *
     * @param field the field's name
     * @return the value; empty when missing or after an {@code input.wrong-type} problem
     */
    public Optional<Boolean> bool(String field) {
        return value(field).flatMap(v -> v.isBoolean() ? Optional.of(v.booleanValue()) : wrongType(field, "true of false", "true or false", v));
    }

    /**
     * A whole number that fits a {@code long}, such as a count or a year.
     *
     * @param field the field's name
     * @return the number; empty when missing or after an {@code input.wrong-type} problem
     */
    public Optional<Long> wholeNumber(String field) {
        return value(field).flatMap(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                return wrongType(field, "een geheel getal", "a whole number", v);
            }
            return Optional.of(v.longValue());
        });
    }

    /**
     * A number with its exact decimal value (never through a {@code double}), such as a score.
     *
     * @param field the field's name
     * @return the number; empty when missing or after an {@code input.wrong-type} problem
     */
    public Optional<BigDecimal> decimal(String field) {
        return value(field).flatMap(v -> v.isNumber() ? Optional.of(v.decimalValue()) : wrongType(field, "een getal", "a number", v));
    }

    /**
     * As {@link #money(String)}, and a missing field is an {@code input.missing-field} problem.
     *
     * @param field the field's name
     * @return the amount in euro cents; empty after a problem
     */
    public Optional<Money> requiredMoney(String field) {
        return require(field, money(field));
    }

    /**
     * An amount of euros in the plain machine form: a number or a string such as {@code 887685}
     * or {@code 12000.50}. Refuses negative amounts, fractions of a cent and amounts too large.
     *
     * @param field the field's name
     * @return the amount, exact in euro cents; empty when missing or after an {@code input.amount-invalid}
     *     or {@code input.wrong-type} problem
     */
    public Optional<Money> money(String field) {
        return value(field).flatMap(v -> Amounts.parse(v).fold(mistake -> {
            context.problem(pathOf(field), mistake);
            return Optional.<Money>empty();
        }, Optional::of));
    }

    /**
     * As {@link #date(String)}, and a missing field is an {@code input.missing-field} problem.
     *
     * @param field the field's name
     * @return the day; empty after a problem
     */
    public Optional<LocalDate> requiredDate(String field) {
        return require(field, date(field));
    }

    /**
     * A full date, {@code 30-06-2016} or {@code 2016-06-30}; an impossible date, a month or a year
     * alone and an empty text are problems that say what the field accepts.
     *
     * @param field the field's name
     * @return the day; empty when missing or after an {@code input.date-invalid} or {@code input.wrong-type} problem
     */
    public Optional<LocalDate> date(String field) {
        return value(field).flatMap(v -> {
            if (!v.isTextual() && !v.isIntegralNumber()) {
                return wrongType(field, "een volledige datum zoals 30-06-2016 of 2016-06-30", "a full date such as 30-06-2016 or 2016-06-30", v);
            }
            return PartialDate.parseDay(v.asText()).fold(problems -> {
                context.problem(pathOf(field), Mistake.of(DATE, problems));
                return Optional.<LocalDate>empty();
            }, Optional::of);
        });
    }

    /**
     * A date at the precision given: {@code 1-4-2015}, {@code Maart 2018}, {@code 2016}. The sources
     * often name only a month or a year; that is kept, not rounded to a day.
     *
     * @param field the field's name
     * @return the date at its precision; empty when missing or after an {@code input.date-invalid} or
     *     {@code input.wrong-type} problem
     */
    public Optional<PartialDate> partialDate(String field) {
        return value(field).flatMap(v -> {
            if (!v.isTextual() && !v.isIntegralNumber()) {
                return wrongType(field, "een datum zoals 30-06-2016", "a date such as 30-06-2016", v);
            }
            return PartialDate.parse(v.asText()).fold(problems -> {
                context.problem(pathOf(field), Mistake.of(DATE, problems));
                return Optional.<PartialDate>empty();
            }, Optional::of);
        });
    }

    /**
     * As {@link #choice(String, Map)}, and a missing field is an {@code input.missing-field} problem.
     *
     * @param <E>     what the words stand for
     * @param field   the field's name
     * @param allowed each allowed word with what it stands for
     * @return what the word stands for; empty after a problem
     */
    public <E> Optional<E> requiredChoice(String field, Map<String, E> allowed) {
        return require(field, choice(field, allowed));
    }

    /**
     * One of a fixed set of words; an unknown word is reported with the allowed ones listed.
     *
     * @param <E>     what the words stand for
     * @param field   the field's name
     * @param allowed each allowed word with what it stands for; its order is the order listed in a message
     * @return what the word stands for; empty when missing or after an {@code input.unknown-value} problem
     *     (with a "did you mean" when an allowed word is close)
     */
    public <E> Optional<E> choice(String field, Map<String, E> allowed) {
        return text(field).flatMap(word -> {
            E value = allowed.get(word);
            if (value == null) {
                Optional<String> close = DidYouMean.closest(word, allowed.keySet());
                String list = String.join(", ", allowed.keySet());
                context.problem(pathOf(field), "input.unknown-value",
                    "onbekende waarde '" + word + "'" + close.map(s -> " (bedoelt u '" + s + "'?)").orElse("") + "; toegestaan: " + list,
                    "unknown value '" + word + "'" + close.map(s -> " (did you mean '" + s + "'?)").orElse("") + "; allowed: " + list);
            }
            return Optional.ofNullable(value);
        });
    }

    /**
     * A list of texts; a single text is accepted as a list of one. Missing reads as empty.
     *
     * @param field the field's name
     * @return the non-empty texts, stripped, in file order; an element that is not one is an
     *     {@code input.wrong-type} problem and left out
     */
    public List<String> texts(String field) {
        return list(field, (element, path) -> {
            if (!element.isTextual() || element.asText().isBlank()) {
                context.problem(path, WRONG_TYPE, "verwacht een tekst die niet leeg is, maar gevonden: " + describeNl(element),
                    "expected a non-empty text, found " + describe(element));
                return Optional.empty();
            }
            return Optional.of(element.asText().strip());
        });
    }

    /**
     * A list of objects, each read by {@code read}. Missing reads as empty. An element that is not an
     * object is one problem, not also each of its fields "missing".
     *
     * @param <T>   what each element becomes
     * @param field the field's name
     * @param read  reads one element's fields, empty when it found a problem
     * @return the elements read, in file order, without those that had a problem
     */
    public <T> List<T> objects(String field, Function<ObjectFields, Optional<T>> read) {
        return list(field, (element, path) -> {
            ObjectFields fields = ObjectFields.of(context, element, path);
            return element != null && element.isObject() ? read.apply(fields) : Optional.empty();
        });
    }

    /**
     * A nested object, when present.
     *
     * @param field the field's name
     * @return its fields; empty when missing; read as empty after an {@code input.wrong-type} problem
     */
    public Optional<ObjectFields> object(String field) {
        return value(field).map(v -> ObjectFields.of(context, v, pathOf(field)));
    }

    /**
     * As {@link #object(String)}, and a missing field is an {@code input.missing-field} problem.
     *
     * @param field the field's name
     * @return its fields; empty when missing
     */
    public Optional<ObjectFields> requiredObject(String field) {
        return require(field, object(field));
    }

    /**
     * Reads each element of an array field with its path; missing reads as empty. A single text
     * stands for a list of one, as people write one item in YAML.
     *
     * @param <T>   what each element becomes
     * @param field the field's name
     * @param read  reads one element at its path, empty when it found a problem
     * @return the elements read, in file order; a value that is neither list nor text is an
     *     {@code input.wrong-type} problem
     */
    public <T> List<T> list(String field, ElementReader<T> read) {
        Optional<JsonNode> value = value(field);
        if (value.isEmpty()) {
            return List.of();
        }
        JsonNode v = value.get();
        if (!v.isArray()) {
            if (v.isTextual()) {
                return read.read(v, pathOf(field)).map(List::of).orElse(List.of());
            }
            wrongType(field, "een lijst", "a list", v);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            read.read(v.get(i), pathOf(field) + "/" + i).ifPresent(out::add);
        }
        return out;
    }

    /** Reads one element of a list. */
    @FunctionalInterface
    public interface ElementReader<T> {
        /**
         * Reads one element, reporting any problem at {@code path}.
         *
         * @param element the element's value in the file
         * @param path    the element's JSON pointer, such as {@code /initiatives/3}
         * @return what the element becomes; empty when it had a problem
         */
        Optional<T> read(JsonNode element, String path);
    }

    /** Reports every field that no getter asked for. Call after reading all fields. */
    public void done() {
        String known = null;
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!asked.contains(name)) {
                known = known != null ? known : String.join(", ", asked);
                Optional<String> close = DidYouMean.closest(name, asked);
                context.problem(pathOf(name), "input.unknown-field",
                    "onbekend veld '" + name + "'" + close.map(s -> "; bedoelt u '" + s + "'?").orElse("") + " (bekende velden: " + known + ")",
                    "unknown field '" + name + "'" + close.map(s -> "; did you mean '" + s + "'?").orElse("") + " (known fields: " + known + ")");
            }
        }
    }

    private Optional<JsonNode> value(String field) {
        asked.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private <T> Optional<T> require(String field, Optional<T> value) {
        if (value.isEmpty() && (node.get(field) == null || node.get(field).isNull())) {
            context.missing(pathOf(field), field);
        }
        return value;
    }

    private <T> Optional<T> wrongType(String field, String expectedNl, String expected, JsonNode found) {
        context.problem(pathOf(field), WRONG_TYPE, "verwacht " + expectedNl + ", maar gevonden: " + describeNl(found),
            "expected " + expected + ", found " + describe(found));
        return Optional.empty();
    }

    /**
     * How a value found in a file is named in a message: "the text 'x'", "a list", "nothing".
     * Long texts are cut at 40 characters, so a message stays one readable line.
     *
     * @param node the value found, possibly {@code null} or missing
     * @return its description in English
     */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            String t = node.asText();
            return "the text '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.toString();
    }

    /**
     * How a value found in a file is named in a Dutch message: "de tekst 'x'", "een lijst", "niets".
     *
     * @param node the value found, possibly {@code null} or missing
     * @return its description in Dutch
     */
    public static String describeNl(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "niets";
        }
        if (node.isObject()) {
            return "een object";
        }
        if (node.isArray()) {
            return "een lijst";
        }
        if (node.isTextual()) {
            String t = node.asText();
            return "de tekst '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.toString();
    }
}
