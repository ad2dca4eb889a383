package nl.sociaaldomein.atelier.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundService;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter's round commands: a round run in the ledger's journal (a decision's grant reaches
 * the ledger bean, and survives a restart), refusals as problems with the round's stable codes.
 */
class RoundCommandsTest {

    @TempDir
    Path folder;

    static final Call CALL = Call.builder().id("proef").municipality(Municipality.of("Groningen", "GM0014")).name("Proefoproep")
        .potId("pot").maximumAmount(Money.ofEuros(1_000))
        .addPhases(PhaseWindow.of(Phase.OPEN_FOR_IDEAS, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 31)))
        .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2016, 4, 1), LocalDate.of(2016, 6, 30)))
        .build();

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AtelierAutoConfiguration.class))
            .withUserConfiguration(AtelierAutoConfigurationTest.Budget.class)
            .withPropertyValues("atelier.store=" + folder.resolve("atelier.db"), "atelier.profile=groningen");
    }

    static Stamp on(int month, int day) {
        return Stamp.on(LocalDate.of(2016, month, day), "test", "test");
    }

    @Test
    void a_round_runs_in_the_ledgers_journal_and_refusals_carry_the_rounds_codes() {
        runner().run(context -> {
            RoundCommands rounds = context.getBean(RoundCommands.class);
            RoundService round = rounds.round(CALL, "innovatieatelier-2016");
            assertThat(rounds.round(CALL, "innovatieatelier-2016")).as("one service per call").isSameAs(round);
            rounds.handle(round, new RoundCommand.OpenCall(on(1, 1)));
            rounds.handle(round, new RoundCommand.Submit(on(2, 1), Initiative.builder().id("a").title("Buurtkamer")
                .applicant(Applicant.organisation("Stichting", OrganisationKind.FOUNDATION)).requestedAmount(Money.ofEuros(600)).build()));
            assertThatThrownBy(() -> rounds.handle(round, new RoundCommand.DecideAsCommittee(on(4, 2), Text.of("college", "executive"),
                List.of(new PlannedDecision.Granted("a", Map.of("pot", Money.ofEuros(600)), List.of())), List.of())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("round.assessment-open"));
            rounds.handle(round, new RoundCommand.CloseAssessment(on(4, 1)));
            rounds.handle(round, new RoundCommand.DecideAsCommittee(on(4, 2), Text.of("college", "executive"),
                List.of(new PlannedDecision.Granted("a", Map.of("pot", Money.ofEuros(600)), List.of())), List.of()));
            assertThat(context.getBean(Ledger.class).view().pot("pot").orElseThrow().remaining()).isEqualTo(Money.ofEuros(400));
            assertThat(context.getBean(AtelierCounters.class).postings()).isEqualTo(1);
            assertThatThrownBy(() -> rounds.handle(round, new RoundCommand.Submit(on(4, 3), Initiative.builder().id("b").title("Later")
                .applicant(Applicant.organisation("Stichting", OrganisationKind.FOUNDATION)).build())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("round.assessment-closed"));
            assertThatThrownBy(() -> rounds.round("elders")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("round.unknown-call"));
        });
        // A restart reads the round back from the journal.
        runner().run(context -> {
            RoundService round = context.getBean(RoundCommands.class).round(CALL, "innovatieatelier-2016");
            assertThat(round.state().decision("a")).isPresent();
            assertThat(context.getBean(Ledger.class).view().pot("pot").orElseThrow().remaining()).isEqualTo(Money.ofEuros(400));
        });
    }
}
