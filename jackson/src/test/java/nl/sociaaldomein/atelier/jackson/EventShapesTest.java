package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.round.DecisionRecord;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A round's and an experiment's events look the same over HTTP as in the journal (docs/calls.md,
 * "Events"; docs/experiments.md, "Commands and events"): the codec's payload with the record type
 * in front.
 */
class EventShapesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AtelierJacksonModule());
    private static final ObjectWriter INTERNAL = AtelierJacksonModule.writer(MAPPER, RoundTripProperties.INTERNAL);
    private static final JsonRoundEventCodec ROUNDS = new JsonRoundEventCodec();
    private static final JsonExperimentEventCodec EXPERIMENTS = new JsonExperimentEventCodec();

    @Test
    void aDecisionEventHasTheJournalsFieldsWithItsTypeFirst() throws IOException {
        RoundEvent event = new RoundEvent.DecisionsTaken("innovatieatelier-2016", Stamp.on(LocalDate.of(2016, 5, 31), "college", "collegebesluit"),
            Text.of("college", "executive"), List.of(DecisionRecord.granted("gr2016-19", Map.of("wmo-2016", Money.ofEuros(109_000)), List.of(),
                Text.of("college", "executive"))), List.of());
        assertThat(MAPPER.writeValueAsString(event)).isEqualTo("{\"type\":\"round.decisions-taken\",\"callId\":\"innovatieatelier-2016\","
            + "\"actor\":\"college\",\"reason\":\"collegebesluit\",\"on\":\"2016-05-31\",\"decidedBy\":{\"nl\":\"college\",\"en\":\"executive\"},"
            + "\"decisions\":[{\"initiativeId\":\"gr2016-19\",\"kind\":\"granted\",\"amounts\":{\"wmo-2016\":\"109000.00\"},"
            + "\"rule\":{\"nl\":\"college\",\"en\":\"executive\"}}],\"reservations\":[]}");
        assertThat(MAPPER.writeValueAsString(new Recorded<>(event, 12, Instant.parse("2016-05-31T14:00:00Z"))))
            .startsWith("{\"position\":12,\"recordedAt\":\"2016-05-31T14:00:00.000000Z\",\"event\":{\"type\":\"round.decisions-taken\",");
    }

    @Test
    void everyRoundEventIsItsJournalPayloadAndTheCodecReadsIt() {
        Property.named("a round event's internal JSON is its journal payload and record type, and the codec reads it")
            .forAll(ValueGen.roundEvents())
            .check(event -> {
                ObjectNode json = tree(event);
                assertThat(json.remove("type").textValue()).isEqualTo(ROUNDS.type(event));
                assertThat(json).isEqualTo(parse(ROUNDS.encode(event)));
                assertThat(ROUNDS.decode(ROUNDS.type(event), json.toString())).isEqualTo(event);
            });
    }

    @Test
    void everyExperimentEventIsItsJournalPayloadAndTheCodecReadsIt() {
        Property.named("an experiment event's JSON is its journal payload and record type, and the codec reads it")
            .forAll(ValueGen.experimentEvents())
            .check(event -> {
                ObjectNode json = tree(event);
                assertThat(json.remove("type").textValue()).isEqualTo(EXPERIMENTS.type(event));
                assertThat(json).isEqualTo(parse(EXPERIMENTS.encode(event)));
                assertThat(EXPERIMENTS.decode(EXPERIMENTS.type(event), json.toString())).isEqualTo(event);
            });
    }

    /** A host's own type that holds recorded events. */
    record Journal(List<Recorded<RoundEvent>> history) {
    }

    @Test
    void aRecordedEventReadsBackAsTheRecordedOfItsType() throws IOException {
        Recorded<RoundEvent> recorded = new Recorded<>(new RoundEvent.CallOpened("c", Stamp.undated("wethouder", "start")), 3,
            Instant.parse("2016-01-04T09:00:00.123456Z"));
        String json = MAPPER.writeValueAsString(recorded);
        Recorded<RoundEvent> back = MAPPER.readValue(json, new TypeReference<Recorded<RoundEvent>>() { });
        assertThat(back).isEqualTo(recorded);
        assertThat(back.event()).isInstanceOf(RoundEvent.CallOpened.class);
        ExperimentEvent reviewed = new ExperimentEvent.Reviewed("og", Stamp.undated("programmaleider", "evaluatie"),
            new ExperimentNumber.YearBased(2014, 3), Review.extend(LocalDate.of(2016, 3, 1), PartialDate.ofYear(2017), "loopt door"));
        String experiments = MAPPER.writeValueAsString(new Recorded<>(reviewed, 4, Instant.EPOCH));
        assertThat(MAPPER.readValue(experiments, Recorded.class).event()).isEqualTo(reviewed);
        assertThat(MAPPER.readValue(experiments, new TypeReference<Recorded<ExperimentEvent>>() { }).event()).isEqualTo(reviewed);
        assertThatThrownBy(() -> MAPPER.readValue(experiments, new TypeReference<Recorded<RoundEvent>>() { }))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.event: is a Reviewed, not a RoundEvent");
        assertThat(MAPPER.readValue("{\"history\":[" + json + "]}", Journal.class).history()).containsExactly(recorded);
        assertThatThrownBy(() -> MAPPER.readValue("{\"history\":[" + experiments + "]}", Journal.class))
            .hasMessageContaining("$.event: is a Reviewed, not a RoundEvent");
    }

    @Test
    void aBadEventIsRefusedNamingEveryPlace() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"round.request-amended\",\"callId\":\"c\",\"actor\":\"a\",\"reason\":\"r\","
            + "\"initiativeId\":\"x\",\"requestedAmount\":\"1.001\"}", RoundEvent.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.requestedAmount: must be whole cents, not '1.001'");
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"ledger.grant\"}", RoundEvent.class))
            .hasMessageContaining("$.type: must be a round event type such as round.call-opened");
        assertThatThrownBy(() -> MAPPER.readValue("{\"position\":\"one\",\"event\":{\"type\":\"ledger.grant\"}}", Recorded.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.position: must be a whole number")
            .hasMessageContaining("$.recordedAt: is missing")
            .hasMessageContaining("$.event.type: must be a round event type such as round.call-opened or an experiment event type");
        assertThatThrownBy(() -> MAPPER.readValue("{\"position\":1,\"recordedAt\":\"2016-01-04T09:00:00.000000Z\","
            + "\"event\":{\"type\":\"experiment.measured\",\"actor\":\"a\"}}", Recorded.class))
            .hasMessageContaining("$.event.registerId: must be a string, and is missing");
    }

    private static ObjectNode tree(Object value) {
        try {
            return (ObjectNode) MAPPER.readTree(INTERNAL.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
