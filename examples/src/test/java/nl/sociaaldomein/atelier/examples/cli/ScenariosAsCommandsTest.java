package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ImmutableDossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.junit.jupiter.api.Test;

/**
 * Every bundled scenario runs as commands (its round's or register's script through the round or
 * register service and a journal) and prints exactly what the batch path prints from the same file.
 */
class ScenariosAsCommandsTest {

    @Test
    void everyScenarioThroughCommandsPrintsWhatTheBatchPathPrints() {
        int rounds = 0;
        int registers = 0;
        for (Scenario scenario : ScenarioCatalogue.bundled().all()) {
            InputSource.Parsed parsed = InputSource.resource(scenario.data()).parse().orElseThrow();
            LoadedProfile profile = LoadedProfile.load(scenario.profile());
            Dossier viaCommands = Dossiers.make(parsed, profile, Optional.of(scenario.asOf()));
            Dossier batch;
            if (parsed.kind() == FileKind.ROUND) {
                RoundPlan plan = Rounds.read(parsed);
                plan = plan.withCall(profile.instance(Thresholds.class).applyTo(plan.call()));
                CriteriaFramework framework = Optional.ofNullable(profile.named(CriteriaFramework.class).get(plan.frameworkId()))
                    .or(() -> profile.optional(CriteriaFramework.class)).orElseThrow();
                AllocationPolicy policy = profile.optional(AllocationPolicy.class).orElseThrow();
                Ledger ledger = Ledger.create(plan.budget());
                Dossier run = RoundWorkflow.run(plan, framework, policy, ledger).orElseThrow();
                batch = ImmutableDossier.copyOf(run).withAsOf(scenario.asOf()).withBudget(ledger.view(scenario.asOf()));
                rounds++;
            } else {
                ExperimentRegister register = viaCommands.register().orElseThrow();
                batch = ImmutableDossier.copyOf(viaCommands).withRegister(profile.registerReader().orElseThrow().forProfileData()
                    .read(parsed.document()).orElseThrow());
                assertThat(register).isEqualTo(batch.register().get());
                registers++;
            }
            for (String report : scenario.reports()) {
                var format = profile.formats().get(report);
                assertThat(new MarkdownRenderer().renderToBytes(format.build(viaCommands, RenderOptions.DUTCH).orElseThrow(), RenderOptions.defaults()))
                    .as("%s: %s", scenario.id(), report)
                    .isEqualTo(new MarkdownRenderer().renderToBytes(format.build(batch, RenderOptions.DUTCH).orElseThrow(), RenderOptions.defaults()));
            }
        }
        assertThat(rounds).isEqualTo(2);
        assertThat(registers).isEqualTo(2);
    }
}
