package org.example.voorbeeldstad;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.junit.jupiter.api.Test;

/**
 * The sample round (src/test/resources/round.yaml) as the app runs it: under the profile's
 * limits, assessed, ranked and allocated, then the grants list. Replace the round and the
 * figures with the behaviour your municipality's documents describe.
 */
class VoorbeeldstadRoundTest {

    private final Injector profile = Profiles.load("voorbeeldstad");

    private Dossier run() {
        RoundPlan read = RoundFileReader.read(Path.of("src/test/resources/round.yaml")).orElseThrow();
        RoundPlan plan = read.withCall(profile.getInstance(Thresholds.class).applyTo(read.call()));
        return RoundWorkflow.run(plan, VoorbeeldstadProfile.FRAMEWORK, profile.getInstance(AllocationPolicy.class),
            Ledger.create(plan.budget())).orElseThrow();
    }

    @Test
    void theRoundIsRankedAndTheLastOneThatFitsIsFundedInPart() {
        Report report = new GrantsList().build(run(), Locale.forLanguageTag("nl-NL")).orElseThrow();
        // 12.000 + 9.000 + 15.000 + 20.000 fit in the pot of 60.000; the next (8.000) gets the 4.000 that is left.
        assertThat(report.tables().get(0).moneyTotal(2)).isEqualTo(Money.ofEuros(60_000));
        String csv = new String(Renderers.standard().forFormat("csv").orElseThrow().renderToBytes(report, RenderOptions.defaults()),
            StandardCharsets.UTF_8);
        assertThat(csv).contains("Particulier").doesNotContain("Jan Jansen");
    }

    @Test
    void aRequestAboveTheMaximumIsRefusedForThatInitiativeAlone() {
        String motivation = run().round().get().decision("i2").get().motivationText(Locale.forLanguageTag("nl-NL"));
        assertThat(motivation).contains("meer dan het maximum per initiatief (€ 20.000)");
    }
}
