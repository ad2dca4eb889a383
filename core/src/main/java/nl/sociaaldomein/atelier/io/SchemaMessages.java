package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.io.support.Amounts;
import nl.sociaaldomein.atelier.io.support.DidYouMean;
import nl.sociaaldomein.atelier.io.support.Mistake;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Turns what the JSON Schema validator finds into a problem in the project's own words, at the
 * JSON path it is about (and so at its line and column): an unknown field with "did you mean" and
 * the fields the schema knows there, a required field that is missing, a value of the wrong kind,
 * a word outside a closed list. Where a schema definition stands for a domain value (an amount, a
 * date, a CBS code, a code of an open vocabulary) the domain's own parser says what is wrong with
 * the value, so a file hears the same words whichever check met the mistake first.
 */
final class SchemaMessages {

    /** The codes of open vocabularies by field name: their constructors word what is wrong with a code. */
    private static final Map<String, Function<String, ?>> CODES = Map.of(
        "organisationKind", OrganisationKind::new,
        "legalFrameworks", LegalFramework::new,
        "intakeChannel", IntakeChannel::new,
        "intakeChannels", IntakeChannel::new);

    private static final Text FULL_DATE = Text.of("een volledige datum zoals 30-06-2016 of 2016-06-30", "a full date such as 30-06-2016 or 2016-06-30");

    private static final String WRONG_TYPE = "input.wrong-type";
    private static final String MISSING = "input.missing-field";
    private static final String NOT_ALLOWED = "input.not-allowed";
    private static final String INCONSISTENT = "input.inconsistent";
    private static final String AMOUNT = "input.amount-invalid";
    private static final String DATE = "input.date-invalid";
    private static final String CODE = "input.code-invalid";
    private static final String RANGE = "input.out-of-range";
    private static final Mistake EMPTY = Mistake.of("input.empty-value", "mag niet leeg zijn", "must not be empty");
    private static final Mistake NO_REASON = Mistake.of(MISSING, "een afwijzing heeft minstens één reden nodig", "a rejection needs at least one reason");

    private final Map<String, JsonNode> schemas;
    /** The known fields of an object schema, joined once: a file may hold millions of unknown ones. */
    private final Map<String, List<String>> knownFields = new HashMap<>();
    private final Map<String, String> knownFieldsText = new HashMap<>();
    /** The document and fragment of each schema location met, as text. */
    private final Map<com.networknt.schema.SchemaLocation, String[]> places = new java.util.IdentityHashMap<>();
    /** The last problem reported: one value may break several keywords of a definition that words them as one. */
    private String lastReported = "";

    /** The document as the file wrote it: a message quotes the value there, not the validator's copy. */
    private final JsonNode written;

    SchemaMessages(Map<String, JsonNode> schemas, JsonNode written) {
        this.schemas = schemas;
        this.written = written;
    }

    /**
     * Reports one finding of the validator into {@code context}.
     *
     * @return the JSON path of the problem reported; empty when the finding adds nothing (the
     *     alternatives of a "one of" are worded by the "one of" itself; a value's second broken
     *     rule is the same message)
     */
    Optional<String> report(ReadContext context, Error error) {
        // One validator stands behind many findings (each unknown field of an object): its place is worked out once.
        String[] place = places.computeIfAbsent(error.getSchemaLocation(), location -> new String[] {
            location.getAbsoluteIri().toString(), FormatSchema.pointer(location.getFragment())});
        String document = place[0];
        String fragment = place[1];
        if (fragment.contains("/oneOf/")) {
            return Optional.empty();
        }
        String at = FormatSchema.pointer(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode asWritten = keyword.equals("additionalProperties") ? null : written.at(at);
        JsonNode instance = asWritten == null || asWritten.isMissingNode() ? error.getInstanceNode() : asWritten;
        String pointer = at;
        Mistake message;
        switch (keyword) {
            case "additionalProperties" -> {
                String field = error.getProperty();
                pointer = child(at, field);
                message = unknownField(document, parent(fragment), field);
            }
            case "required" -> {
                String field = error.getProperty();
                pointer = child(at, field);
                message = Definition.of(fragment).named("rejected") && field.equals("reasons")
                    ? NO_REASON
                    : missing(document, parent(fragment), field);
            }
            case "oneOf" -> {
                Definition definition = Definition.of(fragment);
                if (definition.named("granted")) {
                    pointer = child(at, "amount");
                    boolean both = instance.has("amount");
                    message = Mistake.of(INCONSISTENT,
                        "een toekenning heeft 'amount' (uit één pot) of 'funding' (een lijst van {pot, amount}), niet "
                            + (both ? "allebei" : "geen van beide"),
                        "a grant needs either 'amount' (from one pot) or 'funding' (a list of {pot, amount}), not "
                            + (both ? "both" : "neither"));
                } else if (definition.named("provenance")) {
                    int kinds = (instance.has("bron") ? 1 : 0) + (instance.has("berekend") ? 1 : 0) + (instance.has("aanname") ? 1 : 0);
                    message = Mistake.of(INCONSISTENT,
                        "een herkomstregel heeft precies één van 'bron' (bestand en citaat), 'berekend' (hoe het berekend is) of "
                            + "'aanname' (waarom het wordt aangenomen); gevonden: " + kinds,
                        "a provenance entry has exactly one of 'bron' (file and quote), 'berekend' (how it is computed) or "
                            + "'aanname' (why it is assumed); found " + kinds);
                } else {
                    message = Mistake.of(WRONG_TYPE, "past niet bij precies één van de vormen die dit veld toestaat",
                        "does not match exactly one of the forms this field allows");
                }
            }
            default -> message = value(keyword, document, fragment, at, instance);
        }
        String key = pointer + '\n' + message.text().en();
        if (key.equals(lastReported)) {
            return Optional.empty();
        }
        lastReported = key;
        context.problem(pointer, message);
        return Optional.of(pointer);
    }

    /** A value that breaks a rule of its own: its type, form, range or list of allowed words. */
    private Mistake value(String keyword, String document, String fragment, String at, JsonNode instance) {
        Definition definition = Definition.of(fragment);
        String field = lastField(at);
        if (keyword.equals("false") || fragment.endsWith("/" + escape(field)) && isFalse(document, fragment)) {
            if (definition.named("naturalPerson")) {
                return Mistake.of(NOT_ALLOWED,
                    "een natuurlijk persoon heeft geen soort organisatie; gebruik kind: organisation, of laat organisationKind weg",
                    "a natural person has no organisation kind; use kind: organisation, or leave organisationKind out");
            }
            if (definition.named("unnamedApplicant")) {
                return Mistake.of(NOT_ALLOWED,
                    "een aanvrager van soort unknown heeft geen " + field + "; geef soort natural-person of organisation met de naam, "
                        + "of laat '" + field + "' weg",
                    "an applicant of kind unknown has no " + field + "; give kind natural-person or organisation with its name, "
                        + "or leave '" + field + "' out");
            }
            return Mistake.of(NOT_ALLOWED, "veld '" + field + "' is hier niet toegestaan", "field '" + field + "' is not allowed here");
        }
        switch (definition.name()) {
            case "amount":
                return Amounts.parse(instance).fold(mistake -> mistake,
                    amount -> Mistake.of(AMOUNT, "geen bedrag in euro's: '" + instance.asText() + "' (verwacht een getal zoals 12000.50)",
                        "not an amount in euros: '" + instance.asText() + "' (expected a number such as 12000.50)"));
            case "positiveAmount":
                return Mistake.of(AMOUNT, "moet meer zijn dan € 0", "must be more than € 0");
            case "date":
                if (instance.isTextual() || instance.isIntegralNumber()) {
                    return PartialDate.parseDay(instance.asText()).fold(problems -> Mistake.of(DATE, problems),
                        day -> Mistake.of(DATE, "geen datum: '" + instance.asText() + "' (verwacht " + FULL_DATE.nl() + ")",
                            "not a date: '" + instance.asText() + "' (expected " + FULL_DATE.en() + ")"));
                }
                return Mistake.of(WRONG_TYPE, "verwacht " + FULL_DATE.nl() + ", maar gevonden: " + ObjectFields.describeNl(instance),
                    "expected " + FULL_DATE.en() + ", found " + ObjectFields.describe(instance));
            case "cbsCode":
                return instance.isTextual()
                    ? Mistake.of(CODE, "een CBS-code is GM gevolgd door vier cijfers (bijv. GM0014 voor Groningen), niet '" + instance.asText() + "'",
                        "a CBS code is GM followed by four digits (e.g. GM0014 for Groningen), not '" + instance.asText() + "'")
                    : Mistake.of(WRONG_TYPE, "verwacht een CBS-code zoals GM0014, maar gevonden: " + ObjectFields.describeNl(instance),
                        "expected a CBS code such as GM0014, found " + ObjectFields.describe(instance));
            case "code":
            case "codeList":
                return code(field, at, instance);
            case "years":
                return Mistake.of(DATE, "verwacht een jaar zoals 2016 of jaren zoals 2016-2017, niet '" + instance.asText() + "'",
                    "expected a year such as 2016 or years such as 2016-2017, not '" + instance.asText() + "'");
            case "text":
                return keyword.equals("type")
                    ? Mistake.of(WRONG_TYPE, "verwacht een tekst, maar gevonden: " + ObjectFields.describeNl(instance),
                        "expected a text, found " + ObjectFields.describe(instance))
                    : EMPTY;
            case "textList":
                if (keyword.equals("type")) {
                    return Mistake.of(WRONG_TYPE, "verwacht een tekst of een lijst van teksten, maar gevonden: " + ObjectFields.describeNl(instance),
                        "expected a text or a list of texts, found " + ObjectFields.describe(instance));
                }
                if (keyword.equals("minItems")) {
                    break;
                }
                return Mistake.of(WRONG_TYPE, "verwacht een tekst die niet leeg is, maar gevonden: " + ObjectFields.describeNl(instance),
                    "expected a non-empty text, found " + ObjectFields.describe(instance));
            default:
                break;
        }
        switch (keyword) {
            case "type":
                return Mistake.of(WRONG_TYPE, "verwacht " + types(document, fragment).nl() + ", maar gevonden: " + ObjectFields.describeNl(instance),
                    "expected " + types(document, fragment).en() + ", found " + ObjectFields.describe(instance));
            case "enum":
                return unknownWord(instance, texts(node(document, fragment)));
            case "const":
                String expected = node(document, fragment).asText();
                return field.equals("format")
                    ? Mistake.of("input.format-marker", "onbekend formaat '" + instance.asText() + "'; deze versie van Atelier leest " + expected,
                        "unknown format '" + instance.asText() + "'; this version of Atelier reads " + expected)
                    : Mistake.of(WRONG_TYPE, "verwacht '" + expected + "', maar gevonden: " + ObjectFields.describeNl(instance),
                        "expected '" + expected + "', found " + ObjectFields.describe(instance));
            case "minItems":
                if (field.equals("pots")) {
                    return Mistake.of(MISSING, "er is minstens één pot nodig: de pot waaruit de oproep betaalt",
                        "needs at least one pot: the pot the call draws on");
                }
                if (field.equals("reasons")) {
                    return NO_REASON;
                }
                int least = node(document, fragment).asInt();
                return Mistake.of(MISSING, "er zijn minstens " + least + " element(en) nodig", "needs at least " + least + " element(s)");
            case "minimum":
            case "maximum":
                String limit = node(document, fragment).asText();
                return field.equals("score")
                    ? Mistake.of(RANGE, "score " + instance.asText() + " valt buiten het bereik", "score " + instance.asText() + " is out of range")
                    : Mistake.of(RANGE, instance.asText() + " valt buiten het bereik (" + (keyword.equals("minimum") ? "minimaal " : "maximaal ") + limit + ")",
                        instance.asText() + " is out of range (" + keyword + " " + limit + ")");
            case "pattern":
                return instance.isTextual() && instance.asText().isBlank() ? EMPTY
                    : Mistake.of(WRONG_TYPE, "'" + instance.asText() + "' heeft niet de vorm die dit veld nodig heeft",
                        "'" + instance.asText() + "' is not of the form this field needs");
            default:
                return Mistake.of(WRONG_TYPE, "hier niet geldig (" + keyword + ")", "not valid here (" + keyword + ")");
        }
    }

    private static Mistake code(String field, String at, JsonNode instance) {
        if (!instance.isTextual()) {
            return Mistake.of(WRONG_TYPE, "verwacht een code zoals wmo-2015, maar gevonden: " + ObjectFields.describeNl(instance),
                "expected a code such as wmo-2015, found " + ObjectFields.describe(instance));
        }
        // An element of a list is named by its list: /legalFrameworks/0 is a legal framework.
        String owner = field.chars().allMatch(Character::isDigit) ? lastField(parent(at)) : field;
        Function<String, ?> make = CODES.get(owner);
        if (make != null) {
            try {
                make.apply(instance.asText().strip());
            } catch (IllegalArgumentException e) {
                return Mistake.ofRule(CODE, e);
            }
        }
        return Mistake.of(CODE, "verwacht een code van woorden in kleine letters verbonden met koppeltekens, zoals wmo-2015, niet '"
            + instance.asText() + "'", "expected a code of lower-case words joined by hyphens, such as wmo-2015, not '" + instance.asText() + "'");
    }

    private Mistake unknownField(String document, String objectFragment, String field) {
        String key = document + '#' + objectFragment;
        List<String> known = knownFields.computeIfAbsent(key, k -> properties(node(document, objectFragment)));
        String knownText = knownFieldsText.computeIfAbsent(key, k -> String.join(", ", known));
        Optional<String> close = DidYouMean.closest(field, known);
        return Mistake.of("input.unknown-field",
            "onbekend veld '" + field + "'" + close.map(s -> "; bedoelt u '" + s + "'?").orElse("") + " (bekende velden: " + knownText + ")",
            "unknown field '" + field + "'" + close.map(s -> "; did you mean '" + s + "'?").orElse("") + " (known fields: " + knownText + ")");
    }

    /** A required field left out; a list that may be empty says so, as people often leave an empty one out. */
    private Mistake missing(String document, String objectFragment, String field) {
        JsonNode property = resolve(document, node(document, objectFragment).path("properties").path(field));
        boolean mayBeEmpty = "array".equals(property.path("type").asText()) && !property.has("minItems");
        return Mistake.of(MISSING, "verplicht veld '" + field + "' ontbreekt" + (mayBeEmpty ? " (een lege lijst [] mag)" : ""),
            "required field '" + field + "' is missing" + (mayBeEmpty ? " (an empty list [] is allowed)" : ""));
    }

    private static Mistake unknownWord(JsonNode instance, List<String> allowed) {
        String list = String.join(", ", allowed);
        if (!instance.isTextual()) {
            return Mistake.of(WRONG_TYPE, "verwacht een van " + list + ", maar gevonden: " + ObjectFields.describeNl(instance),
                "expected one of " + list + ", found " + ObjectFields.describe(instance));
        }
        String word = instance.asText();
        Optional<String> close = DidYouMean.closest(word, allowed);
        return Mistake.of("input.unknown-value",
            "onbekende waarde '" + word + "'" + close.map(s -> " (bedoelt u '" + s + "'?)").orElse("") + "; toegestaan: " + list,
            "unknown value '" + word + "'" + close.map(s -> " (did you mean '" + s + "'?)").orElse("") + "; allowed: " + list);
    }

    /** The types a schema asks for, in words: "a whole number", "a text or a list". */
    private Text types(String document, String typeFragment) {
        JsonNode type = node(document, typeFragment);
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        (type.isArray() ? type : List.of(type)).forEach(t -> {
            Text word = switch (t.asText()) {
                case "string" -> Text.of("een tekst", "a text");
                case "number" -> Text.of("een getal", "a number");
                case "integer" -> Text.of("een geheel getal", "a whole number");
                case "boolean" -> Text.of("true of false", "true or false");
                case "array" -> Text.of("een lijst", "a list");
                case "object" -> Text.of("een object (velden tussen accolades of ingesprongen)", "an object (fields in braces or indented)");
                default -> Text.of(t.asText(), t.asText());
            };
            nl.add(word.nl());
            en.add(word.en());
        });
        return Text.of(String.join(" of ", nl), String.join(" or ", en));
    }

    private boolean isFalse(String document, String fragment) {
        JsonNode node = node(document, fragment);
        return node.isBoolean() && !node.booleanValue();
    }

    /** The schema node at a fragment of one of the schema documents; missing when there is none. */
    private JsonNode node(String document, String fragment) {
        JsonNode root = schemas.get(document);
        return root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root.at(fragment);
    }

    /** A property's schema with its {@code $ref} followed, within or across the schema documents. */
    private JsonNode resolve(String document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            return schema;
        }
        int hash = ref.indexOf('#');
        String target = hash == 0 ? document : FormatSchema.ID_PREFIX + ref.substring(0, hash < 0 ? ref.length() : hash);
        return node(target, hash < 0 ? "" : ref.substring(hash + 1));
    }

    private static List<String> properties(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = objectSchema.path("properties").fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }

    private static String child(String pointer, String field) {
        return pointer + "/" + escape(field == null ? "" : field);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(0, slash);
    }

    /** The last name in a JSON Pointer, unescaped: {@code /initiatives/0/title} → {@code title}. */
    private static String lastField(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    /** The named definition ({@code $defs/name}) a schema location lies in, innermost first; "" outside any. */
    private record Definition(String name) {
        static Definition of(String fragment) {
            int at = fragment.lastIndexOf("/$defs/");
            if (at < 0) {
                return new Definition("");
            }
            String rest = fragment.substring(at + "/$defs/".length());
            int slash = rest.indexOf('/');
            return new Definition(slash < 0 ? rest : rest.substring(0, slash));
        }

        boolean named(String other) {
            return name.equals(other);
        }
    }
}
