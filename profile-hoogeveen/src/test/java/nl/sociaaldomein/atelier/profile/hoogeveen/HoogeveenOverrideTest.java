package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import nl.sociaaldomein.atelier.io.ThresholdOverrideFile;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.Thresholds;
import com.google.inject.Injector;
import java.util.Set;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.Assessments;
import nl.sociaaldomein.atelier.assessment.CallConditions;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.assessment.Verdict;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import org.junit.jupiter.api.Test;

/** A municipality that changes its maximum next year does so in a file, without code. */
class HoogeveenOverrideTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HoogeveenOverrideTest.class.getResource(name).toURI());
    }

    private static Result<ThresholdOverrides> read(Path file) {
        Thresholds own = Profiles.load("hoogeveen").getInstance(Thresholds.class);
        return ThresholdOverrideFile.read(file, "hoogeveen", own);
    }

    @Test
    void anOverrideFileChangesTheMaximumInTheInjectedThresholds() throws URISyntaxException {
        ThresholdOverrides overrides = read(resource("hoogeveen-2027.yaml")).orElseThrow();

        Thresholds thresholds = Profiles.load("hoogeveen", overrides).getInstance(Thresholds.class);

        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(30_000));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ofEuros(500));
        assertThat(Profiles.load("hoogeveen").getInstance(Thresholds.class).maxPerInitiative())
            .as("the profile itself is unchanged").isEqualTo(Money.ofEuros(25_000));
    }

    @Test
    void aBrokenOverrideFileIsRejectedWithItsLocation() throws URISyntaxException {
        Path file = resource("hoogeveen-broken.yaml");

        List<Problem> problems = read(file).problems();

        assertThat(problems).extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
            file + ":4:27: /thresholds/maximum-per-initiative: unknown field 'maximum-per-initiative'; did you mean "
                + "'max-per-initiative'? (known fields: max-per-initiative, min-per-initiative, above-maximum, "
                + "reserve-for-pending, reserve-for-later-percent, accountability-tiers)",
            file + ":5:23: /thresholds/min-per-initiative: must not be more than max-per-initiative (25000), is 40000");
    }

    @Test
    void raisingTheMaximumInAFileLetsAnInitiativeOfTwentyEightThousandPassTheAmountRule() throws URISyntaxException {
        Initiative asking28000 = Initiative.builder().id("h1").title("Wijkcoach (illustratief)")
            .applicant(Applicant.organisation("Stichting Voorbeeld (illustratief)", OrganisationKind.FOUNDATION))
            .requestedAmount(Money.ofEuros(28_000)).build();

        CriterionResult underTheDefault = amountRule(Profiles.load("hoogeveen"), asking28000);
        CriterionResult underTheOverride = amountRule(Profiles.load("hoogeveen", read(resource("hoogeveen-2027.yaml")).orElseThrow()), asking28000);

        assertThat(underTheDefault.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(underTheDefault.explanation().nl()).isEqualTo("gevraagd € 28.000 is meer dan het maximum van € 25.000");
        assertThat(underTheOverride.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(underTheOverride.explanation().nl()).isEqualTo("gevraagd € 28.000 valt binnen de grenzen van de oproep");
    }

    /** Assesses through the assessment package with the injector's framework and (possibly overridden) thresholds. */
    private static CriterionResult amountRule(Injector injector, Initiative initiative) {
        CriteriaFramework framework = injector.getInstance(ProfileContract.named(CriteriaFramework.class)).get(HoogeveenCriteria.FRAMEWORK_ID);
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        CallConditions conditions = new CallConditions(thresholds.minPerInitiative(), thresholds.maxPerInitiative(), Set.of(), Set.of());
        AssessmentResult result = Assessments.assess(framework, conditions, List.of(initiative), List.of()).orElseThrow().get(initiative.id());
        return result.criterionResults().get(framework.indexOf("amount-within-limits"));
    }
}
