package nl.sociaaldomein.atelier.jackson.types;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;
import nl.sociaaldomein.atelier.jackson.shape.Shape;

/**
 * A value written exactly as a journal codec writes its payload, with the journal's record type
 * in front as the type id: {@code {"type": "round.call-opened", "callId": ..., "actor": ...}}.
 * The codec itself writes and reads the rest, so a value looks the same in the journal and over
 * HTTP, and there is one place that knows each field.
 *
 * @param <E> the sealed type the codec writes (ledger entries, round events, experiment events)
 */
final class JournalPayloadShape<E> implements Shape<E> {

    private final Class<E> type;
    private final Function<E, String> recordType;
    private final Predicate<String> owns;
    private final Function<E, String> encode;
    private final BiFunction<String, String, E> decode;
    private final BiFunction<E, Audience, E> forAudience;
    private final String expected;

    /**
     * A shape.
     *
     * @param type        the sealed type
     * @param recordType  the journal record type of a value, e.g. {@code round.call-opened}
     * @param owns        whether a record type is one of these values
     * @param encode      the codec's payload of a value
     * @param decode      the codec's value of a record type and payload (its messages start with a JSON path)
     * @param forAudience the value as the audience may see it (a natural person's name only internally)
     * @param expected    what a record type must be, for the message, e.g. {@code a ledger record type such as ledger.grant (docs/budgets.md)}
     */
    JournalPayloadShape(Class<E> type, Function<E, String> recordType, Predicate<String> owns, Function<E, String> encode,
                        BiFunction<String, String, E> decode, BiFunction<E, Audience, E> forAudience, String expected) {
        this.type = Objects.requireNonNull(type, "type");
        this.recordType = recordType;
        this.owns = owns;
        this.encode = encode;
        this.decode = decode;
        this.forAudience = forAudience;
        this.expected = expected;
    }

    @Override
    public Class<E> type() {
        return type;
    }

    @Override
    public void write(E value, JsonOut out) {
        E shown = forAudience.apply(value, out.options().audience());
        JsonTree payload = out.parse(encode.apply(shown));
        out.startObject();
        out.field("type", recordType.apply(shown));
        for (String name : payload.fieldNames()) {
            out.name(name);
            out.tree(payload.field(name).orElseThrow());
        }
        out.endObject();
    }

    @Override
    public E read(JsonIn in) {
        if (!in.requireObject()) {
            return null;
        }
        String id = in.string("type");
        in.ignoreAll(); // the codec reads the rest, naming each field it refuses
        if (id == null) {
            return null;
        }
        if (!owns.test(id)) {
            in.fieldProblem("type", "must be " + expected + ", not '" + id + "'");
            return null;
        }
        String payload = in.tree().toJson();
        return in.build(() -> decode.apply(id, payload));
    }
}
