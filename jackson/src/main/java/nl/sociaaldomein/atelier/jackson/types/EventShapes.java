package nl.sociaaldomein.atelier.jackson.types;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.NaturalPerson;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.round.RoundEvent;

/**
 * The events of rounds and experiment registers, and an event as the journal gives it back.
 *
 * <p>An event has one JSON shape, the journal's (docs/calls.md, "Events", and
 * docs/experiments.md, "Commands and events"; written by {@link JsonRoundEventCodec} and
 * {@link JsonExperimentEventCodec}), with its record type in front as the type id:
 * {@code {"type": "round.call-opened", "callId": ..., "actor": ..., "reason": ..., "on": "2016-03-01"}}. So amounts are strings of euros there and a
 * submitted initiative is in the portfolio format's fields, as in the journal; the one difference
 * is personal data: a natural person who files an initiative is written "Particulier" unless the
 * write is for the internal audience (the journal is internal and keeps the name).
 */
public final class EventShapes {

    private static final JsonRoundEventCodec ROUND_CODEC = new JsonRoundEventCodec();
    private static final JsonExperimentEventCodec EXPERIMENT_CODEC = new JsonExperimentEventCodec();

    /** A round's event: the journal payload with {@code "type"} ({@code round.…}) first. */
    public static final Shape<RoundEvent> ROUND_EVENT = new JournalPayloadShape<>(RoundEvent.class, ROUND_CODEC::type,
        ROUND_CODEC::owns, ROUND_CODEC::encode, ROUND_CODEC::decode, EventShapes::forAudience,
        "a round event type such as round.call-opened (docs/calls.md, \"Events\")");

    /** An experiment's event: the journal payload with {@code "type"} ({@code experiment.…}) first. */
    public static final Shape<ExperimentEvent> EXPERIMENT_EVENT = new JournalPayloadShape<>(ExperimentEvent.class, EXPERIMENT_CODEC::type,
        EXPERIMENT_CODEC::owns, EXPERIMENT_CODEC::encode, EXPERIMENT_CODEC::decode, (event, audience) -> event,
        "an experiment event type such as experiment.registered (docs/experiments.md, \"Commands and events\")");

    /**
     * {@code {"actor": "wethouder", "reason": "...", "on": "2016-03-01" | null}}: a stamp on its
     * own (inside an event it is three fields of the event, as in the journal).
     */
    public static final ObjectShape<Stamp> STAMP = Shape.object(Stamp.class, (s, out) -> {
        out.field("actor", s.actor());
        out.field("reason", s.reason());
        out.optional("on", s.on(), Basic.DAY);
    }, in -> {
        String actor = in.string("actor");
        String reason = in.string("reason");
        Optional<LocalDate> on = in.optional("on", Basic.DAY);
        return in.build(() -> new Stamp(actor, reason, on));
    });

    /** A round's or an experiment's event: which one the record type's prefix says. */
    static final Shape<Object> ANY_EVENT = new Shape<>() {
        @Override
        public Class<Object> type() {
            return Object.class;
        }

        @Override
        public void write(Object event, JsonOut out) {
            if (event instanceof RoundEvent round) {
                ROUND_EVENT.write(round, out);
            } else if (event instanceof ExperimentEvent experiment) {
                EXPERIMENT_EVENT.write(experiment, out);
            } else {
                throw new IllegalArgumentException("a recorded event is a round's or an experiment's, not a " + event.getClass().getName());
            }
        }

        @Override
        public Object read(JsonIn in) {
            String type = in.tree().field("type").filter(t -> t.kind() == JsonTree.Kind.STRING).map(JsonTree::text).orElse("");
            if (type.startsWith(JsonExperimentEventCodec.PREFIX)) {
                return EXPERIMENT_EVENT.read(in);
            }
            if (type.isEmpty() || type.startsWith(JsonRoundEventCodec.PREFIX)) {
                return ROUND_EVENT.read(in); // which names what is missing or wrong
            }
            in.ignoreAll();
            in.fieldProblem("type", "must be a round event type such as round.call-opened or an experiment event type such as "
                + "experiment.registered (docs/calls.md and docs/experiments.md), not '" + type + "'");
            return null;
        }
    };

    /**
     * {@code {"position": 12, "recordedAt": "2016-07-05T09:30:00.000000Z", "event": RoundEvent |
     * ExperimentEvent}}: the event with its place in the journal and the moment it was recorded.
     * The event names its own type, so a recorded event reads back whatever it holds.
     */
    @SuppressWarnings("rawtypes")
    public static final ObjectShape<Recorded> RECORDED = recorded(Object.class);

    private EventShapes() {
    }

    /**
     * A recorded event whose event must be of one type: what a reader that knows the type
     * parameter ({@code Recorded<RoundEvent>}) reads, so an experiment's event is refused there
     * ({@code $.event: is a Registered, not a RoundEvent}) instead of turning up later as the wrong
     * class.
     *
     * @param eventType the events' type, {@code Object} for any
     * @return the shape
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static ObjectShape<Recorded> recorded(Class<?> eventType) {
        Shape<?> event = eventType == Object.class ? ANY_EVENT : Shape.narrowed(ANY_EVENT, eventType);
        return Shape.object(Recorded.class, (r, out) -> {
            out.field("position", r.position());
            out.field("recordedAt", r.recordedAt(), Basic.MOMENT);
            out.field("event", r.event(), ANY_EVENT);
        }, in -> {
            long position = in.wholeNumber("position");
            Instant at = in.get("recordedAt", Basic.MOMENT);
            Object read = in.get("event", event);
            return in.build(() -> new Recorded<>(read, position, at));
        });
    }

    /** A submitted initiative as the audience may see its applicant. */
    private static RoundEvent forAudience(RoundEvent event, Audience audience) {
        if (event instanceof RoundEvent.InitiativeSubmitted submitted && submitted.initiative().applicant() instanceof NaturalPerson person
            && audience != Audience.INTERNAL) {
            Applicant shown = Applicant.naturalPerson(person.nameFor(audience));
            return new RoundEvent.InitiativeSubmitted(submitted.callId(), submitted.stamp(),
                ImmutableInitiative.copyOf(submitted.initiative()).withApplicant(shown));
        }
        return event;
    }
}
