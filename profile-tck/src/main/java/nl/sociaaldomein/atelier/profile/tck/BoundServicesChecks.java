package nl.sociaaldomein.atelier.profile.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.inject.Injector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.CriterionKind;
import nl.sociaaldomein.atelier.call.AllocationInput;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * Checks that whatever a profile binds beyond the required keys is consistent: its criteria
 * frameworks validate and can decide, its report formats are bound under their own ids and
 * never throw, its allocation policy copes with an empty round, its review cadence and
 * numbering answer sensibly. A profile that binds none of these passes trivially.
 */
abstract class BoundServicesChecks {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH);

    /** The profile's injector, loaded as the library loads it. */
    abstract Injector loaded();

    @Test
    void everyCriteriaFrameworkValidatesAndCanDecide() {
        Injector injector = loaded();
        List<CriteriaFramework> frameworks = new ArrayList<>(injector.getInstance(ProfileContract.named(CriteriaFramework.class)).values());
        injector.getInstance(ProfileContract.optional(CriteriaFramework.class)).ifPresent(frameworks::add);
        for (CriteriaFramework framework : frameworks) {
            assertThat(CriteriaFramework.of(framework.id(), framework.name(), framework.criteria(), framework.requiredWeightTotal(),
                    framework.minimumTotal(), framework.combination()).isOk())
                .as("framework " + framework.id() + " validates").isTrue();
            assertThat(framework.criteria()).as("framework " + framework.id() + " has a criterion that decides")
                .anyMatch(c -> c.kind() != CriterionKind.INFORMATIONAL);
            assertThat(framework.name().nl()).as("framework " + framework.id() + " has a Dutch name").isNotBlank();
            assertThat(framework.name().en()).as("framework " + framework.id() + " has an English name").isNotBlank();
        }
    }

    @Test
    void reportFormatsAreBoundUnderTheirOwnIdsAndDescribeThemselves() {
        for (Map.Entry<String, ReportFormat> entry : formats().entrySet()) {
            assertThat(entry.getValue().id()).as("id of the format bound as '" + entry.getKey() + "'").isEqualTo(entry.getKey());
            for (Locale locale : LOCALES) {
                assertThat(entry.getValue().description(locale)).as(entry.getKey() + " description in " + locale).isNotBlank();
            }
        }
    }

    @Test
    void everyReportFormatBuildsFromAnEmptyDossierOrRefusesWithAMessage() {
        Dossier empty = Dossier.builder().municipality(loaded().getInstance(Municipality.class)).asOf(LocalDate.of(2020, 1, 1)).build();
        for (Map.Entry<String, ReportFormat> entry : formats().entrySet()) {
            for (Locale locale : LOCALES) {
                Result<Report> built;
                try {
                    built = entry.getValue().build(empty, locale);
                } catch (RuntimeException e) {
                    throw new AssertionError("format '" + entry.getKey() + "' threw on an empty dossier instead of refusing: " + e, e);
                }
                assertThat(built).as(entry.getKey() + " in " + locale).isNotNull();
                // A refusal is coded and placed at the format (ReportProblems), so a caller can tell which report refused.
                for (nl.sociaaldomein.atelier.problem.Problem problem : built.problems()) {
                    assertThat(problem.place().subject("report-format")).as("place of the refusal of " + entry.getKey() + " in " + locale)
                        .contains(entry.getKey());
                    assertThat(problem.code()).as("code of the refusal of " + entry.getKey()).startsWith("report.");
                }
            }
        }
    }

    @Test
    void theAllocationPolicyCopesWithARoundWithoutCandidates() {
        Optional<AllocationPolicy> chosen = loaded().getInstance(ProfileContract.optional(AllocationPolicy.class));
        if (chosen.isEmpty()) {
            return;
        }
        AllocationPolicy policy = chosen.get();
        assertThat(policy.id()).matches(KEBAB);
        assertThat(policy.description().nl()).isNotBlank();
        Thresholds thresholds = loaded().getInstance(Thresholds.class);
        Call call = Call.builder().id("conformance").municipality(loaded().getInstance(Municipality.class)).name("conformance")
            .potId("pot").minimumAmount(thresholds.minPerInitiative()).maximumAmount(thresholds.maxPerInitiative()).oneOff(true).build();
        Result<List<Decision>> result;
        try {
            result = policy.allocate(new AllocationInput(call, List.of(), Map.of("pot", PotBalance.fresh("pot", Money.ofEuros(100_000)))));
        } catch (RuntimeException e) {
            throw new AssertionError("allocation policy " + policy.id() + " threw on an empty round instead of refusing: " + e, e);
        }
        if (result.isOk()) {
            assertThat(result.orElseThrow()).as("decisions for a round without candidates").isEmpty();
        } else {
            assertThat(result.problems()).as("problems of a refusal").isNotEmpty();
        }
    }

    @Test
    void theReviewCadenceGivesOrderedDatesWithinTheExperiment() {
        ReviewCadence cadence = loaded().getInstance(ReviewCadence.class);
        assertThat(cadence.grace().isNegative()).as("grace period negative").isFalse();
        LocalDate start = LocalDate.of(2020, 2, 15);
        LocalDate end = LocalDate.of(2021, 11, 30);
        List<LocalDate> due = cadence.dueDates(start, Optional.of(end), end);
        assertThat(due).as("a review falls due in an experiment of almost two years").isNotEmpty().isSorted();
        assertThat(due).allSatisfy(day -> assertThat(day).isBetween(start, end));
    }

    @Test
    void theExperimentNumberingDescribesItselfAndRefusesGarbage() {
        ExperimentNumbering numbering = loaded().getInstance(ExperimentNumbering.class);
        assertThat(numbering.describe()).isNotBlank();
        for (String garbage : List.of("", "?", "x-1-y")) {
            Result<ExperimentNumber> parsed;
            try {
                parsed = numbering.parse(garbage);
            } catch (RuntimeException e) {
                throw new AssertionError("numbering threw on '" + garbage + "' instead of refusing: " + e, e);
            }
            if (parsed.isOk()) {
                fail("numbering accepted '" + garbage + "'");
            }
            assertThat(parsed.problems()).as("the refusal of '" + garbage + "'").singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ExperimentNumbering.NUMBER_INVALID);
                assertThat(problem.message().nl()).isNotBlank();
                assertThat(problem.message().en()).isNotBlank();
            });
        }
    }

    private Map<String, ReportFormat> formats() {
        return loaded().getInstance(ProfileContract.named(ReportFormat.class));
    }
}
