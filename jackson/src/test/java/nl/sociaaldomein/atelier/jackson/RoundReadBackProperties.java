package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.call.DecisionBook;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyOverflowException;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;

/**
 * Generated rounds ({@link RoundGen}) read back as they were written, the parts a reader uses
 * one by one (RoundTripProperties checks equality and the same text again), and a round whose
 * decision is moved to an initiative outside it is refused at that decision's JSON path.
 */
class RoundReadBackProperties {

    private static final ObjectWriter WRITER = AtelierJacksonModule.writer(RoundTripProperties.PLAIN, RoundTripProperties.INTERNAL);

    @Test
    void theGeneratorReachesEveryPartOfARound() {
        Tally tally = new Tally();
        Property.named("generated rounds are counted").forAll(RoundGen.rounds()).check(round -> {
            List<String> labels = new ArrayList<>();
            if (round.isDecisionPhaseClosed()) {
                labels.add("closed");
            }
            if (!round.reopenings().isEmpty()) {
                labels.add("call reopened");
            }
            if (!round.fundingHistory().initiativeIds().isEmpty()) {
                labels.add("funding history");
            }
            for (Initiative initiative : round.initiatives()) {
                String id = initiative.id();
                if (round.assessment(id).isAssessed()) {
                    labels.add("assessed");
                }
                if (round.receivedAt(id).isPresent()) {
                    labels.add("receipt time");
                }
                round.decision(id).ifPresent(d -> labels.add("decision " + d.kind()));
                if (round.decisionDate(id).isPresent()) {
                    labels.add("decision date");
                }
                for (DecisionBook.Entry entry : round.book().history(id)) {
                    labels.add("step " + entry.kind());
                }
            }
            tally.add(labels.toArray(String[]::new));
        });
        for (String label : List.of("closed", "call reopened", "funding history", "assessed", "receipt time", "decision GRANTED",
            "decision REFERRED", "decision IN_KIND", "decision DEFERRED", "decision REJECTED", "decision WITHDRAWN", "decision date",
            "step DECIDED", "step REVISED", "step REOPENED")) {
            assertThat(tally.count(label)).as("%s: %s", label, tally).isPositive();
        }
    }

    @Test
    void aRoundReadBackShowsEveryPartAsWritten() {
        Property.named("a round read back has the same parts, candidates and summary")
            .tries(Math.max(1, Settings.fromSystemProperties().tries() / 4))
            .forAll(RoundGen.rounds())
            .check(round -> {
                Round back = read(write(round));
                assertThat(back.call()).isEqualTo(round.call());
                assertThat(back.framework()).isSameAs(round.framework());
                assertThat(back.initiatives()).isEqualTo(round.initiatives());
                assertThat(back.fundingHistory()).isEqualTo(round.fundingHistory());
                for (Initiative initiative : round.initiatives()) {
                    String id = initiative.id();
                    assertThat(back.assessment(id)).isEqualTo(round.assessment(id));
                    assertThat(back.receivedAt(id)).isEqualTo(round.receivedAt(id));
                    assertThat(back.book().history(id)).isEqualTo(round.book().history(id));
                    assertThat(back.decisionDate(id)).isEqualTo(round.decisionDate(id));
                }
                assertThat(back.isDecisionPhaseClosed()).isEqualTo(round.isDecisionPhaseClosed());
                assertThat(back.reopenings()).isEqualTo(round.reopenings());
                assertThat(back.candidates()).isEqualTo(round.candidates());
                assertThat(summaryOf(back)).isEqualTo(summaryOf(round));
            });
    }

    @Test
    void aDecisionMovedToAnInitiativeOutsideTheRoundIsRefusedAtItsPath() {
        Property.named("a decision about an initiative not in the round is refused at its JSON path")
            .tries(Math.max(1, Settings.fromSystemProperties().tries() / 4))
            .forAll(RoundGen.rounds().filter(r -> r.initiatives().stream().anyMatch(i -> !r.book().history(i.id()).isEmpty())),
                Gen.ints(0, Integer.MAX_VALUE))
            .check(Property.pair((round, pick) -> {
                List<int[]> decided = new ArrayList<>();
                for (int i = 0; i < round.initiatives().size(); i++) {
                    List<DecisionBook.Entry> history = round.book().history(round.initiatives().get(i).id());
                    for (int j = 0; j < history.size(); j++) {
                        if (history.get(j).decision().isPresent()) {
                            decided.add(new int[] {i, j});
                        }
                    }
                }
                int[] at = decided.get(pick % decided.size());
                ObjectNode json = (ObjectNode) tree(write(round));
                JsonNode element = json.get("initiatives").get(at[0]);
                ((ObjectNode) element.get("history").get(at[1]).get("decision")).put("initiativeId", "not-in-this-round");
                if (!element.get("decision").isNull() && at[1] == element.get("history").size() - 1) {
                    ((ObjectNode) element.get("decision")).put("initiativeId", "not-in-this-round");
                }
                assertThatThrownBy(() -> RoundTripProperties.PLAIN.readValue(json.toString(), Round.class))
                    .isInstanceOf(AtelierJsonException.class)
                    .hasMessageContaining("$.initiatives[" + at[0] + "].history[" + at[1] + "].decision.initiativeId: "
                        + "the decision is about initiative not-in-this-round (round.decision-mismatch)");
            }));
    }

    /**
     * The round's summary, or the overflow it meets: generated requests may add up beyond the
     * largest amount (RoundSummary refuses that with an exception), and then both rounds must.
     */
    private static Object summaryOf(Round round) {
        try {
            return round.summary(Money.ofEuros(1_000_000));
        } catch (MoneyOverflowException e) {
            return e.getMessage();
        }
    }

    private static String write(Round round) {
        try {
            return WRITER.writeValueAsString(round);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Round read(String json) {
        try {
            return RoundTripProperties.PLAIN.readValue(json, Round.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return RoundTripProperties.PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
