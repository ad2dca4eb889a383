package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.UnknownApplicant;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.round.DecisionRecord;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Source;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;
import org.junit.jupiter.api.Test;

/**
 * The submissions, score sheets and decisions a rebuild reads from the parser's tokens
 * ({@link RoundEventTokens}) read to the same event as the tree reader, and a payload that is not
 * exactly as written — a field left out, twice, null, of another type, unknown, an amount or date
 * that does not parse — reads to the same event or fails with the same problem on both routes.
 */
class RoundEventTokensProperties {

    private final JsonRoundEventCodec codec = new JsonRoundEventCodec();

    @Test
    void aWrittenEventReadsBackTheSameOnBothRoutes() {
        Property.named("written events read the same from tokens and from a tree").forAll(events()).check(event -> {
            String type = codec.type(event);
            String payload = codec.encode(event);
            assertThat(codec.decode(type, payload)).as(payload).isEqualTo(event);
            assertThat(fromTokensOnly(event, payload)).as("read from the tokens: " + payload).isEqualTo(event);
            assertThat(JsonRoundEventCodec.decodeAsTree(type, payload)).as(payload).isEqualTo(event);
        });
    }

    @Test
    void aSpoiledPayloadReadsOrFailsTheSameOnBothRoutes() {
        Gen<Spoiled> spoiled = source -> {
            RoundEvent event = events().generate(source);
            ObjectNode tree = (ObjectNode) read(codec.encode(event));
            String text = spoil(tree, source);
            return new Spoiled(codec.type(event), text);
        };
        Property.named("spoiled payloads read or fail the same from tokens and from a tree").forAll(spoiled).check(s -> {
            Object fromTokens = outcome(() -> codec.decode(s.type(), s.payload()));
            Object fromTree = outcome(() -> JsonRoundEventCodec.decodeAsTree(s.type(), s.payload()));
            assertThat(fromTokens).as(s.payload()).isEqualTo(fromTree);
        });
    }

    @Test
    void theTokenRouteIsTakenForPayloadsAsWritten() {
        RoundEvent event = new RoundEvent.ScoresRecorded("c", Stamp.undated("a", "r"), "assessor", "i1", Map.of("c1", 3));
        assertThat(RoundEventTokens.scores(codec.encode(event))).isEqualTo(event);
        assertThat(RoundEventTokens.scores(codec.encode(event).replace("\"c1\":3", "\"c1\":3.0"))).isNull();
    }

    /** The token route alone, which answers null where it leaves a payload to the tree. */
    private static RoundEvent fromTokensOnly(RoundEvent event, String payload) {
        if (event instanceof RoundEvent.InitiativeSubmitted) {
            return RoundEventTokens.submitted(payload);
        }
        return event instanceof RoundEvent.ScoresRecorded ? RoundEventTokens.scores(payload) : RoundEventTokens.decisionsTaken(payload);
    }

    private record Spoiled(String type, String payload) {
    }

    private static Object outcome(java.util.function.Supplier<RoundEvent> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** One spoiling, somewhere in the payload's tree, written back as text. */
    private static String spoil(ObjectNode root, Source source) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get((int) source.draw(objects.size() - 1));
        List<String> fields = new ArrayList<>();
        target.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "x" : fields.get((int) source.draw(fields.size() - 1));
        switch ((int) source.draw(8)) {
            case 0 -> target.remove(field);
            case 1 -> target.putNull(field);
            case 2 -> target.put(field, 7);
            case 3 -> target.put(field, "7.123");
            case 4 -> target.put(field, "2016-13-45");
            case 5 -> target.put("unexpected", "x");
            case 6 -> target.put(field, 3.5);
            case 7 -> target.putArray(field).add("x");
            default -> {
                // A field twice: the tree reader keeps the last one.
                String text = EventJson.write(root);
                JsonNode value = target.get(field);
                if (value == null || target != root) {
                    return text;
                }
                return text.substring(0, text.length() - 1) + ",\"" + field + "\":" + value + "}";
            }
        }
        return EventJson.write(root);
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
            object.elements().forEachRemaining(child -> collect(child, into));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> collect(child, into));
        }
    }

    private static JsonNode read(String payload) {
        try {
            return EventJson.JSON.readTree(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Gen<Stamp> stamps() {
        return Gen.combine(PortfolioGen.texts(), PortfolioGen.optional(PortfolioGen.dates()),
            (actor, on) -> new Stamp(actor, "reden", on));
    }

    private static Gen<Text> texts() {
        return Gen.combine(PortfolioGen.texts(), PortfolioGen.texts(), Text::of);
    }

    private static Gen<Money> amounts() {
        return Gen.longs(0, Long.MAX_VALUE).map(Money::ofCents);
    }

    private static Gen<DecisionRecord> decisions() {
        return source -> new DecisionRecord(
            Gen.oneOf(DecisionKind.values()).generate(source),
            PortfolioGen.texts().generate(source),
            Gen.lists(Gen.combine(PortfolioGen.codes(), amounts(), Map::entry), 2).generate(source).stream()
                .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), TreeMap::putAll),
            Gen.lists(PortfolioGen.texts(), 2).generate(source),
            PortfolioGen.optional(PortfolioGen.texts()).generate(source),
            PortfolioGen.optional(PortfolioGen.texts()).generate(source),
            PortfolioGen.optional(Gen.combine(PortfolioGen.codes(), amounts(), Map::entry)).generate(source),
            Gen.lists(texts(), 2).generate(source),
            texts().generate(source));
    }

    private static Gen<RoundEvent> events() {
        Gen<Initiative> initiatives = Gen.choose(PortfolioGen.initiatives(1),
            PortfolioGen.initiatives(2).map(i -> Initiative.builder().from(i).applicant(UnknownApplicant.INSTANCE).build()));
        Gen<RoundEvent> submitted = source -> new RoundEvent.InitiativeSubmitted("call", stamps().generate(source),
            initiatives.generate(source));
        Gen<RoundEvent> scores = source -> new RoundEvent.ScoresRecorded("call", stamps().generate(source),
            PortfolioGen.texts().generate(source), PortfolioGen.texts().generate(source),
            Gen.lists(Gen.combine(PortfolioGen.codes(), Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), Map::entry), 1, 6, 2)
                .generate(source).stream().collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), TreeMap::putAll));
        Gen<RoundEvent> decided = source -> new RoundEvent.DecisionsTaken("call", stamps().generate(source), texts().generate(source),
            Gen.lists(decisions(), 4).generate(source),
            Gen.lists(Gen.combine(PortfolioGen.codes(), amounts(), (pot, amount) ->
                new PlannedReservation("r-" + pot, pot, amount, "later")), 2).generate(source));
        return Gen.choose(submitted, scores, decided);
    }
}
