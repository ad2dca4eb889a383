package nl.sociaaldomein.atelier.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.FirstComeFirstServedPolicy;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import org.junit.jupiter.api.Test;

/**
 * The round a state gives ({@link RoundState#round()}) is assessed on the columnar route when one
 * assessor scored everything, and from the list of scores otherwise: on generated rounds (scores
 * revised, requests amended, initiatives withdrawn, the policy's decisions, an objection upheld)
 * both routes give the same assessments, decisions, decision days, histories and summary.
 */
class RoundColumnarProperties {

    /** A generated round whose initiatives each have at most one score sheet: by one assessor, or (sometimes) by different ones. */
    static final Gen<RoundEventsProperties.Case> CASES = source -> {
        RoundEventsProperties.Case c = RoundEventsProperties.CASES.generate(source);
        boolean oneAssessor = source.draw(3) != 0;
        List<RoundEventsProperties.Spec> specs = new ArrayList<>();
        for (int i = 0; i < c.initiatives().size(); i++) {
            RoundEventsProperties.Spec spec = c.initiatives().get(i);
            List<RoundEventsProperties.Sheet> sheets = spec.sheets().stream().limit(1)
                .map(s -> new RoundEventsProperties.Sheet(oneAssessor ? 0 : s.assessor(), s.scores(), s.revised())).toList();
            specs.add(new RoundEventsProperties.Spec(spec.euros(), sheets, spec.amendTo(), spec.withdraw()));
        }
        return new RoundEventsProperties.Case(c.ceiling(), c.maximum(), specs, c.ranked(), c.objector(), c.objection());
    };

    @Test
    void theColumnarAndTheListRouteGiveTheSameRound() {
        Tally tally = new Tally();
        Property.named("round of a state: the columnar route and the list of scores agree").forAll(CASES).check(c -> {
            Call call = Fixtures.call(Money.ofEuros(c.maximum()));
            BudgetTree tree = Fixtures.tree(Money.ofEuros(c.ceiling()));
            AllocationPolicy policy = c.ranked() ? new RankedPolicy(WhenItDoesNotFit.SKIP) : new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP);
            RoundService service = Fixtures.open(new InMemoryJournal(), tree, call, new Fixtures.Ticking());
            for (RoundCommand command : RoundEventsProperties.commands(c, policy)) {
                assertThat(service.handle(command).isOk()).as("%s", command).isTrue();
                if (command instanceof RoundCommand.DecideByPolicy) {
                    sameRound(service.state(), tally);
                }
            }
            String objector = "i" + c.objector();
            Optional<DecisionRecord> old = service.state().decision(objector);
            if (old.isPresent()) {
                assertThat(service.handle(new RoundCommand.FileObjection(Fixtures.on(LocalDate.of(2017, 4, 1)), objector, "bezwaar")).isOk())
                    .isTrue();
                PlannedDecision next = old.get().kind() == DecisionKind.GRANTED
                    ? new PlannedDecision.Rejected(objector, List.of("heroverwogen"))
                    : new PlannedDecision.Granted(objector, java.util.Map.of(Fixtures.POT, Money.ofEuros(1_000)), List.of());
                if (service.handle(new RoundCommand.UpholdObjection(Fixtures.on(LocalDate.of(2017, 5, 1)), objector, next,
                    Text.of("gegrond", "upheld"))).isOk()) {
                    tally.add("revised");
                }
                sameRound(service.state(), tally);
            }
        });
        if (Settings.fullRun()) {
            assertThat(tally.count("columnar")).isPositive();
            assertThat(tally.count("list")).isPositive();
            assertThat(tally.count("decided")).isPositive();
            assertThat(tally.count("revised")).isPositive();
        }
    }

    private static void sameRound(RoundState state, Tally tally) {
        if (!state.isOpen()) {
            return;
        }
        Round list = state.roundFromScoreList();
        boolean columnar = ColumnarScores.sheet(state, list).isPresent();
        tally.add(columnar ? "columnar" : "list");
        Round round = state.round();
        assertThat(round.initiatives()).isEqualTo(list.initiatives());
        for (Initiative x : list.initiatives()) {
            String id = x.id();
            assertThat(round.assessment(id)).as(id).isEqualTo(list.assessment(id));
            assertThat(round.assessment(id).isEligible()).as(id).isEqualTo(list.assessment(id).isEligible());
            assertThat(round.assessment(id).totalHundredths()).as(id).isEqualTo(list.assessment(id).totalHundredths());
            Optional<Decision> mine = round.decision(id);
            Optional<Decision> theirs = list.decision(id);
            assertThat(mine.isPresent()).as(id).isEqualTo(theirs.isPresent());
            if (mine.isPresent()) {
                tally.add("decided");
                assertThat(mine.get().kind()).as(id).isEqualTo(theirs.get().kind());
                assertThat(mine.get().budgetEffect()).as(id).isEqualTo(theirs.get().budgetEffect());
                assertThat(mine.get().motivationText(Locale.ENGLISH)).as(id).isEqualTo(theirs.get().motivationText(Locale.ENGLISH));
                assertThat(mine.get().motivationText(Locale.forLanguageTag("nl"))).as(id)
                    .isEqualTo(theirs.get().motivationText(Locale.forLanguageTag("nl")));
            }
            assertThat(round.decisionDate(id)).as(id).isEqualTo(list.decisionDate(id));
            assertThat(round.book().history(id).size()).as(id).isEqualTo(list.book().history(id).size());
        }
        assertThat(round.summary(Money.ofEuros(1_000_000))).isEqualTo(list.summary(Money.ofEuros(1_000_000)));
    }
}
