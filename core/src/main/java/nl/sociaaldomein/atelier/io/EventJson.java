package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/**
 * What the JSON event codecs share: the stamp's fields ({@code actor}, {@code reason}, {@code on}:
 * an ISO day, absent when unknown), amounts as strings of euros with two decimals (as the ledger's
 * payloads), texts as {@code {"nl":…, "en":…}}, and a reader that names the field as a JSON path
 * in every problem.
 */
final class EventJson {

    /** Numbers with a fraction are read as decimals, never doubles: an amount is exact to the cent at any size. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private EventJson() {
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; failing here is a bug, not bad input.
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static void stamp(ObjectNode out, Stamp stamp) {
        out.put("actor", stamp.actor());
        out.put("reason", stamp.reason());
        stamp.on().ifPresent(on -> out.put("on", on.toString()));
    }

    static ObjectNode text(Text text) {
        ObjectNode out = object();
        out.put("nl", text.nl());
        out.put("en", text.en());
        return out;
    }

    /** A date at its precision in ISO form ({@code 2016-06-30}, {@code 2016-06}, {@code 2016}); nothing when unknown. */
    static void partialDate(ObjectNode out, String field, PartialDate date) {
        LocalDate earliest = date.earliest().orElse(null);
        if (earliest == null) {
            return;
        }
        switch (date.precision()) {
            case DAY -> out.put(field, earliest.toString());
            case MONTH -> out.put(field, earliest.toString().substring(0, 7));
            default -> out.put(field, Integer.toString(earliest.getYear()));
        }
    }

    static String euros(Money amount) {
        return JsonLedgerCodec.euros(amount);
    }

    /** A payload's fields, read with the JSON path of each in its problems. */
    static final class Reader {
        private final JsonNode json;
        private final String path;

        Reader(JsonNode json, String path) {
            this.json = json;
            this.path = path;
        }

        static Reader parse(String payload) {
            JsonNode json;
            try {
                json = JSON.readTree(payload);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the payload is not JSON: " + e.getOriginalMessage());
            }
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("the payload is not a JSON object");
            }
            return new Reader(json, "$");
        }

        /**
         * As {@link #parse}, but the list under {@code field} is read element by element while the
         * parser passes it, each element's tree dropped once {@code item} has read it: a payload
         * holding a million decisions never becomes one tree of them. The answer reads the rest of
         * the payload; {@link Streamed#list()} gives the items, or throws the first item's problem
         * (asked for where the whole-tree reader would ask, so problems come in the same order).
         */
        static <T> Streamed<T> parseStreaming(String payload, String field, Function<Reader, T> item) {
            try (JsonParser parser = JSON.getFactory().createParser(payload)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("the payload is not a JSON object");
                }
                ObjectNode rest = JSON.createObjectNode();
                List<T> items = List.of();
                RuntimeException problem = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.getCurrentName();
                    JsonToken value = parser.nextToken();
                    if (!name.equals(field) || value != JsonToken.START_ARRAY) {
                        rest.set(name, JSON.readTree(parser));
                        continue;
                    }
                    // A later field of the same name wins, as in a tree.
                    rest.remove(name);
                    items = new ArrayList<>();
                    problem = null;
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        JsonNode element = JSON.readTree(parser);
                        if (problem == null) {
                            try {
                                items.add(item.apply(new Reader(element == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : element,
                                    "$." + field + "[" + i + "]")));
                            } catch (RuntimeException e) {
                                problem = e;
                            }
                        }
                    }
                }
                return new Streamed<>(new Reader(rest, "$"), field, items, problem);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the payload is not JSON: " + e.getOriginalMessage());
            } catch (java.io.IOException e) {
                // A parser over a string reads no device; failing here is a bug, not bad input.
                throw new IllegalStateException(e);
            }
        }

        JsonNode node() {
            return json;
        }

        String path(String field) {
            return path + "." + field;
        }

        boolean has(String field) {
            return json.has(field) && !json.get(field).isNull();
        }

        String text(String field) {
            JsonNode node = json.get(field);
            if (node == null || !node.isTextual()) {
                throw new IllegalArgumentException(path(field) + " must be a string" + (node == null ? ", and is missing" : ""));
            }
            return node.textValue();
        }

        Optional<String> optionalText(String field) {
            return has(field) ? Optional.of(text(field)) : Optional.empty();
        }

        LocalDate date(String field) {
            String text = text(field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(path(field) + " must be an ISO date like 2016-06-30, not '" + text + "'");
            }
        }

        Optional<LocalDate> optionalDate(String field) {
            return has(field) ? Optional.of(date(field)) : Optional.empty();
        }

        /** A date at its precision: {@code 2016-06-30}, {@code 2016-06}, {@code 2016}; absent when unknown. */
        PartialDate partialDate(String field) {
            if (!has(field)) {
                return PartialDate.unknown();
            }
            String text = text(field);
            return PartialDate.parse(text).toOptional().filter(PartialDate::isKnown).orElseThrow(() ->
                new IllegalArgumentException(path(field) + " must be a date (2016-06-30, 2016-06 or 2016; leave it out when unknown), not '"
                    + text + "'"));
        }

        Money money(String field) {
            String text = text(field);
            try {
                BigDecimal euros = new BigDecimal(text);
                if (euros.scale() > 2) {
                    throw new IllegalArgumentException(path(field) + " must be whole cents, not '" + text + "'");
                }
                return Money.ofCents(euros.movePointRight(2).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException(path(field) + " must be an amount in euros like \"25000.00\", not '" + text + "'");
            }
        }

        long whole(String field) {
            JsonNode node = json.get(field);
            if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToLong()) {
                throw new IllegalArgumentException(path(field) + " must be a whole number");
            }
            return node.longValue();
        }

        boolean bool(String field) {
            JsonNode node = json.get(field);
            if (node == null || !node.isBoolean()) {
                throw new IllegalArgumentException(path(field) + " must be true or false");
            }
            return node.booleanValue();
        }

        Text textPair(String field) {
            Reader inner = object(field);
            return Text.of(inner.text("nl"), inner.text("en"));
        }

        Reader object(String field) {
            JsonNode node = json.get(field);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(path(field) + " must be an object" + (node == null ? ", and is missing" : ""));
            }
            return new Reader(node, path(field));
        }

        <T> List<T> list(String field, Function<Reader, T> item) {
            if (!has(field)) {
                return List.of();
            }
            JsonNode node = json.get(field);
            if (!node.isArray()) {
                throw new IllegalArgumentException(path(field) + " must be a list");
            }
            List<T> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                out.add(item.apply(new Reader(node.get(i), path(field) + "[" + i + "]")));
            }
            return out;
        }

        List<String> texts(String field) {
            return list(field, r -> {
                if (!r.json.isTextual()) {
                    throw new IllegalArgumentException(r.path + " must be a string");
                }
                return r.json.textValue();
            });
        }

        Stamp stamp() {
            return new Stamp(text("actor"), text("reason"), optionalDate("on"));
        }
    }

    /** A payload read by {@link Reader#parseStreaming}: the rest of its fields, and the list read as it streamed by. */
    static final class Streamed<T> {
        private final Reader rest;
        private final String field;
        private final List<T> items;
        private final RuntimeException problem;

        Streamed(Reader rest, String field, List<T> items, RuntimeException problem) {
            this.rest = rest;
            this.field = field;
            this.items = items;
            this.problem = problem;
        }

        /** The payload's other fields (and the list field, when it was there but no list). */
        Reader rest() {
            return rest;
        }

        /** The items; the list field's own problem, or the first item's, when there was one. */
        List<T> list() {
            if (rest.has(field) || rest.node().has(field)) {
                return rest.list(field, r -> {
                    throw new IllegalStateException("unreachable: " + r.path);
                });
            }
            if (problem != null) {
                throw problem;
            }
            return items;
        }
    }
}
