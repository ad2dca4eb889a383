package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** Illegal decision sequences are refused and leave the round as it was. */
class DecisionSequenceTest {

    private static final Text RULE = Text.of("commissie", "committee");
    private static final List<PotBalance> POT = SmallCall.pot(100_000);

    private final Round round = SmallCall.round(Money.ofEuros(50_000), List.of(SmallCall.initiative("i1", 10_000)),
        SmallCall.uniformScores("i1", 8), Map.of());

    private Decision grant(long euros) {
        return Decisions.granted(round.assessment("i1"), SmallCall.POT, Money.ofEuros(euros), RULE, List.of());
    }

    private static String only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0).toString();
    }

    @Test
    void decidingTwiceNeedsARevision() {
        Round granted = round.decide(grant(10_000), POT).orElseThrow();
        assertThat(only(granted.decide(grant(8_000), POT).problems()))
            .isEqualTo("[allocation.already-decided] initiative 'i1': is al besloten (toegekend); herzie het besluit of heropen het initiatief");
        Round revised = granted.revise(grant(8_000), Text.of("lager budget", "lower budget"), POT).orElseThrow();
        assertThat(((Decision.Granted) revised.decision("i1").get()).amount()).isEqualTo(Money.ofEuros(8_000));
        assertThat(revised.book().history("i1")).extracting(DecisionBook.Entry::kind)
            .containsExactly(DecisionBook.EntryKind.DECIDED, DecisionBook.EntryKind.REVISED);
    }

    @Test
    void nothingIsGrantedAfterAWithdrawal() {
        Round withdrawn = round.decide(Decisions.withdrawn(round.assessment("i1"), RULE), POT).orElseThrow();
        assertThat(only(withdrawn.decide(grant(10_000), POT).problems())).contains("is ingetrokken door de aanvrager");
        assertThat(only(withdrawn.revise(grant(10_000), RULE, POT).problems())).contains("is ingetrokken door de aanvrager");
        assertThat(only(withdrawn.reopen("i1", RULE).problems())).contains("kan niet worden heropend");
        assertThat(withdrawn.decision("i1").get().kind()).isEqualTo(DecisionKind.WITHDRAWN);
    }

    @Test
    void aReferredInitiativeIsGrantedOnlyAfterReopening() {
        Round referred = round.decide(Decisions.referred(round.assessment("i1"), "WIJ-team Selwerd", RULE), POT).orElseThrow();
        assertThat(only(referred.decide(grant(10_000), POT).problems())).contains("is doorverwezen; heropen het initiatief");
        assertThat(only(referred.revise(grant(10_000), RULE, POT).problems())).contains("is doorverwezen");
        Round reopened = referred.reopen("i1", Text.of("partner haakt af", "partner dropped out")).orElseThrow();
        assertThat(reopened.decide(grant(10_000), POT).orElseThrow().decision("i1").get().kind()).isEqualTo(DecisionKind.GRANTED);
    }

    @Test
    void aDeferralIsFollowedByItsDecisionAndReleasesItsReservation() {
        Decision reserve = Decisions.deferredWithReservation(round.assessment("i1"), SmallCall.POT, Money.ofEuros(10_000), RULE);
        Round deferred = round.decide(reserve, POT).orElseThrow();
        // The pot as the ledger would show it after posting the reservation: € 0 left beyond it.
        List<PotBalance> afterReservation = List.of(new PotBalance(SmallCall.POT, Money.ofEuros(100_000), Money.ofEuros(90_000), Money.ofEuros(10_000)));
        Round granted = deferred.decide(grant(10_000), afterReservation).orElseThrow();
        assertThat(granted.summary(Money.ofEuros(100_000)).reserved()).isEqualTo(Money.ZERO);
        assertThat(granted.summary(Money.ofEuros(100_000)).granted()).isEqualTo(Money.ofEuros(10_000));
    }

    @Test
    void aClosedDecisionPhaseFreezesDecisionsUntilTheCallIsReopened() {
        Round closed = round.closeDecisionPhase();
        assertThat(only(closed.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), POT).problems())).contains("de besluitvorming is gesloten");
        assertThat(closed.decide(grant(10_000), POT).isFailed()).isTrue();
        Round reopened = closed.reopenCall(Text.of("nieuw budget", "new budget")).orElseThrow();
        assertThat(reopened.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), POT).orElseThrow().decisions()).hasSize(1);
        assertThat(reopened.reopenings()).extracting(Text::nl).containsExactly("nieuw budget");
        assertThat(round.reopenCall(RULE).isFailed()).as("an open call cannot be reopened").isTrue();
    }
}
