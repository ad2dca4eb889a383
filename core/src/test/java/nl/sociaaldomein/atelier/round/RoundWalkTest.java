package nl.sociaaldomein.atelier.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.GrantStatus;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.FirstComeFirstServedPolicy;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import org.junit.jupiter.api.Test;

/**
 * One round from the call's opening to a revised decision after an objection and a settled grant,
 * each step on its own day; after every step the state and the budget as known then are kept,
 * and the round opened again from the journal reproduces each of them.
 */
class RoundWalkTest {

    private final InMemoryJournal journal = new InMemoryJournal();
    private final Fixtures.Ticking clock = new Fixtures.Ticking();
    private final BudgetTree tree = Fixtures.tree(Money.ofEuros(50_000));
    private final Call call = Fixtures.call(Money.ofEuros(40_000));
    private final RoundService round = Fixtures.open(journal, tree, call, clock);

    private record Step(LocalDate day, Instant moment, RoundState state, BudgetView budget) {
    }

    private final List<Step> steps = new ArrayList<>();

    private void step(LocalDate day, RoundCommand command) {
        Result<List<Recorded<RoundEvent>>> result = round.handle(command);
        assertThat(result.isOk()).as("%s: %s", command, result).isTrue();
        Instant moment = journal.read(journal.head() - 1, 1).get(0).recordedAt();
        steps.add(new Step(day, moment, round.state(day, moment), round.ledger().view(day, moment)));
    }

    @Test
    void fromOpeningToARevisedDecisionAndASettledGrant() {
        LocalDate opened = LocalDate.of(2017, 1, 1);
        step(opened, new RoundCommand.OpenCall(Fixtures.on(opened)));
        step(LocalDate.of(2017, 1, 9), new RoundCommand.Submit(Fixtures.on(LocalDate.of(2017, 1, 9)), Fixtures.initiative("buurtkamer", 30_000)));
        step(LocalDate.of(2017, 1, 20), new RoundCommand.Submit(Fixtures.on(LocalDate.of(2017, 1, 20)), Fixtures.initiative("maaltijden", 25_000)));
        step(LocalDate.of(2017, 2, 3), new RoundCommand.RecordScores(Fixtures.on(LocalDate.of(2017, 2, 3)), "anna", "buurtkamer",
            Map.of("need", 8, "quality", 7, "substitution", 6)));
        step(LocalDate.of(2017, 2, 6), new RoundCommand.RecordScores(Fixtures.on(LocalDate.of(2017, 2, 6)), "bram", "buurtkamer",
            Map.of("need", 6, "quality", 7, "substitution", 8)));
        step(LocalDate.of(2017, 2, 10), new RoundCommand.RecordScores(Fixtures.on(LocalDate.of(2017, 2, 10)), "anna", "maaltijden",
            Map.of("need", 2, "quality", 5, "substitution", 5)));
        // Anna revises her own scores before assessment closes.
        step(LocalDate.of(2017, 2, 14), new RoundCommand.RecordScores(Fixtures.on(LocalDate.of(2017, 2, 14)), "anna", "maaltijden",
            Map.of("need", 4, "quality", 6, "substitution", 5)));
        step(LocalDate.of(2017, 3, 1), new RoundCommand.CloseAssessment(Fixtures.on(LocalDate.of(2017, 3, 1))));
        assertThat(round.handle(new RoundCommand.RecordScores(Fixtures.on(LocalDate.of(2017, 3, 2)), "anna", "maaltijden",
            Map.of("need", 9, "quality", 9, "substitution", 9))).problems().get(0).code()).isEqualTo(RoundRefusal.ASSESSMENT_CLOSED.code());
        step(LocalDate.of(2017, 3, 15), new RoundCommand.DecideByPolicy(Fixtures.on(LocalDate.of(2017, 3, 15)),
            new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP)));
        RoundState decided = round.state();
        assertThat(decided.decision("buurtkamer").get().kind()).isEqualTo(DecisionKind.GRANTED);
        assertThat(decided.decision("maaltijden").get().kind()).isEqualTo(DecisionKind.REJECTED);
        step(LocalDate.of(2017, 4, 10), new RoundCommand.FileObjection(Fixtures.on(LocalDate.of(2017, 4, 10)), "maaltijden",
            "de pot had nog € 20.000"));
        step(LocalDate.of(2017, 6, 1), new RoundCommand.UpholdObjection(Fixtures.on(LocalDate.of(2017, 6, 1)), "maaltijden",
            new PlannedDecision.Granted("maaltijden", Map.of(Fixtures.POT, Money.ofEuros(20_000)), List.of("verslag na een jaar")),
            Text.of("bezwaar gegrond: een kleiner bedrag past", "objection upheld: a smaller amount fits")));
        step(LocalDate.of(2017, 6, 15), new RoundCommand.PayAdvance(Fixtures.on(LocalDate.of(2017, 6, 15)), "buurtkamer", Money.ofEuros(24_000)));
        step(LocalDate.of(2018, 3, 31), new RoundCommand.Settle(Fixtures.on(LocalDate.of(2018, 3, 31)), "buurtkamer", Money.ofEuros(27_500)));

        BudgetView end = round.ledger().view(LocalDate.of(2018, 3, 31));
        assertThat(end.grant("buurtkamer").get().status()).isEqualTo(GrantStatus.DETERMINED);
        assertThat(end.grant("maaltijden").get().granted()).isEqualTo(Money.ofEuros(20_000));
        assertThat(end.pot(Fixtures.POT).get().remaining()).isEqualTo(Money.ofEuros(50_000 - 27_500 - 20_000));
        assertThat(round.state(LocalDate.of(2017, 5, 31)).decision("maaltijden").get().kind()).isEqualTo(DecisionKind.REJECTED);
        assertThat(round.state(LocalDate.of(2017, 6, 1)).decision("maaltijden").get().kind()).isEqualTo(DecisionKind.GRANTED);
        assertThat(round.state(LocalDate.of(2017, 6, 1)).decisionHistory("maaltijden")).hasSize(2);

        RoundService reopened = Fixtures.open(journal, tree, call, clock);
        for (Step s : steps) {
            assertThat(reopened.state(s.day(), s.moment())).as("the round on %s as known then", s.day()).isEqualTo(s.state());
            assertThat(reopened.ledger().view(s.day(), s.moment())).as("the budget on %s as known then", s.day()).isEqualTo(s.budget());
        }
        assertThat(steps).extracting(Step::day).doesNotHaveDuplicates();
        assertThat(journal.verify()).isEmpty();
    }

    @Test
    void aDecisionNeedsADayAndAnUndatedRoundStaysUndated() {
        round.handle(new RoundCommand.OpenCall(nl.sociaaldomein.atelier.events.Stamp.undated("backoffice", "bron zegt niets")));
        assertThat(round.state().openedOn()).isEqualTo(Optional.empty());
        round.handle(new RoundCommand.CloseAssessment(nl.sociaaldomein.atelier.events.Stamp.undated("backoffice", "x")));
        Result<List<Recorded<RoundEvent>>> refused = round.handle(new RoundCommand.DecideByPolicy(
            nl.sociaaldomein.atelier.events.Stamp.undated("college", "x"), new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP)));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("round.invalid-decisions");
            assertThat(p.kind()).isEqualTo(ProblemKind.INVALID);
            assertThat(p.place().subject("call")).contains(call.id());
            assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("a decision needs a date: the ledger posts on that day");
            assertThat(p.message(java.util.Locale.forLanguageTag("nl-NL"))).isEqualTo("een besluit heeft een datum nodig: het grootboek boekt op die dag");
        });
        assertThatThrownBy(refused::orElseThrow).isInstanceOf(ProblemException.class)
            .satisfies(e -> assertThat(((ProblemException) e).problems()).isEqualTo(refused.problems()));
    }
}
