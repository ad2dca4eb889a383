package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** Hoogeveen's one-off support (002_9515f7258e93469e.txt), intake channels, and Groningen's support in kind (003_…). */
class OneOffAndInKindTest {

    private static final List<PotBalance> POT = SmallCall.pot(100_000);

    @Test
    void oneOffSupportBarsWhoWasFundedBefore() {
        Initiative again = SmallCall.initiative("again", 10_000);
        Initiative fresh = SmallCall.initiative("fresh", 10_000);
        Call oneOff = Call.builder().from(SmallCall.call(Money.ofEuros(50_000))).oneOff(true).build();
        Round round = Round.open(oneOff, SmallCall.framework(), List.of(again, fresh), Map.of(),
                new FundingHistory(Set.of(), Set.of(again.applicant()))).orElseThrow()
            .assess(BadInputTest.concat(SmallCall.uniformScores("again", 9), SmallCall.uniformScores("fresh", 5))).orElseThrow();

        Allocation ranked = round.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), POT).orElseThrow();
        assertThat(ranked.decisionFor("fresh").get().kind()).isEqualTo(DecisionKind.GRANTED);
        Decision barred = ranked.decisionFor("again").get();
        assertThat(barred.kind()).isEqualTo(DecisionKind.REJECTED);
        assertThat(barred.motivationText(Locale.forLanguageTag("nl"))).contains("eenmalige ondersteuning: dit initiatief of deze aanvrager is eerder gefinancierd");

        Decision committeeGrant = Decisions.granted(round.assessment("again"), SmallCall.POT, Money.ofEuros(10_000), Text.of("c", "c"), List.of());
        assertThat(round.decide(committeeGrant, POT).problems().get(0).toString()).contains("eenmalige ondersteuning");
    }

    @Test
    void anInitiativeFromAChannelTheCallDoesNotTakeIsNotFunded() {
        Initiative viaChallenge = Initiative.builder().from(SmallCall.initiative("rtc", 10_000)).intakeChannel(IntakeChannel.RIGHT_TO_CHALLENGE).build();
        Call pitchesOnly = Call.builder().from(SmallCall.call(Money.ofEuros(50_000))).addIntakeChannels(IntakeChannel.INNOVATION_WORKSHOP_PITCH).build();
        Round round = Round.open(pitchesOnly, SmallCall.framework(), List.of(viaChallenge)).orElseThrow().assess(SmallCall.uniformScores("rtc", 9)).orElseThrow();
        Decision decision = round.trial(new ProRataPolicy(), POT).orElseThrow().decisionFor("rtc").get();
        assertThat(decision.kind()).isEqualTo(DecisionKind.REJECTED);
        assertThat(decision.motivationText(Locale.ENGLISH)).contains("came in via right-to-challenge, which this call does not accept");
    }

    @Test
    void supportInKindCostsNoMoneyAndSaysWhatIsGiven() {
        Round round = SmallCall.round(Money.ofEuros(50_000), List.of(SmallCall.initiative("eettafel", 0)), List.of(), Map.of());
        Decision inKind = Decisions.inKind(round.assessment("eettafel"), "een ruimte en keuken",
            Text.of("besluit van de commissie", "committee decision"));
        Round decided = round.decide(inKind, POT).orElseThrow();
        assertThat(decided.decision("eettafel").get().budgetEffect().isNone()).isTrue();
        assertThat(decided.summary(Money.ofEuros(100_000)).count(DecisionKind.IN_KIND)).isEqualTo(1);
        assertThat(inKind.motivationText(Locale.forLanguageTag("nl"))).contains("ondersteuning in natura").contains("Ondersteuning: een ruimte en keuken")
            .contains("Budgeteffect: geen");
    }
}
