package nl.sociaaldomein.atelier.profile.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The kit must fail on a profile that breaks its rules, once per mistake and saying why first, not only pass on a good one. */
class ProfileConformanceKitTest {

    @Test
    void failsOnEveryBrokenRule() {
        ProfileConformanceKit kit = new CarelessProfile.Kit();
        assertThatThrownBy(kit::isFoundThroughServiceLoaderByItsId).isInstanceOf(AssertionError.class)
            .hasMessageContaining("is META-INF/services set up?").hasMessageContaining("staat het in META-INF/services?");
        assertThatThrownBy(kit::isAFinalClassWithAPublicNoArgumentConstructor).isInstanceOf(AssertionError.class)
            .hasMessageContaining("is final");
        assertThatThrownBy(kit::idIsLowerCaseWordsJoinedByHyphens).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::displayNameIsNotBlank).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::defaultLocaleIsSet).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::theProfileLoads).isInstanceOf(AssertionError.class)
            .hasMessageStartingWith("profile 'Careless_Town' does not load / profiel 'Careless_Town' laadt niet:");
    }

    @Test
    void aMissingBindingFailsOnceWithWhatIsMissingFirst() {
        KitRun run = KitRun.of(new BrokenProfiles.NoCalendarKit());
        assertThat(run.onlyMistakeFirstLine()).startsWith("profile 'no-calendar' does not load / profiel 'no-calendar' laadt niet: ")
            .contains("PlanningCalendar");
        assertThat(run.mistakes()).containsOnlyKeys("theProfileLoads");
        assertThat(run.skipped()).containsKeys("injectorBuildsWithEveryRequiredBinding", "generatedRoundsRunThroughThePolicyWithinTheMaximumAndThePot");
    }

    @Test
    void aFrameworkWhoseWeightsDoNotAddUpFailsOnceWithTheReasonInBothLanguages() {
        KitRun run = KitRun.of(new BrokenProfiles.WeightsNotAddingUpKit());
        assertThat(run.mistakes()).containsOnlyKeys("theProfileLoads");
        assertThat(run.onlyMistakeFirstLine()).startsWith("the profile cannot be constructed / het profiel is niet te maken: ")
            .contains("framework 'wrong-weights'").contains("weights").contains("gewichten").doesNotContain("NoClassDefFoundError");
        assertThat(run.skipped()).hasSizeGreaterThan(10);
    }

    @Test
    void aFrameworkBoundUnderAnotherKeyIsFound() {
        KitRun run = KitRun.of(new BrokenProfiles.FrameworkUnderAnotherKeyKit());
        assertThat(run.mistakes()).containsOnlyKeys("criteriaFrameworksAreBoundUnderTheirOwnIds");
        assertThat(run.onlyMistakeFirstLine()).startsWith("criteria framework 'sample-criteria' is bound under the key 'criteria'")
            .contains("criteriakader 'sample-criteria' is gebonden onder de sleutel 'criteria'");
    }

    @Test
    void aPolicyGrantingAboveTheMaximumIsFoundOnGeneratedRounds() {
        KitRun run = KitRun.of(new BrokenProfiles.GreedyKit());
        assertThat(run.mistakes()).containsOnlyKeys("generatedRoundsRunThroughThePolicyWithinTheMaximumAndThePot");
        assertThat(run.onlyMistakeFirstLine()).startsWith("allocation policy 'greedy' granted ")
            .contains("above the maximum per initiative of ").contains("boven het maximum per initiatief van ");
    }

    @Test
    void aReportShowingANaturalPersonsNameIsFound() {
        KitRun run = KitRun.of(new BrokenProfiles.LeakyKit());
        assertThat(run.mistakes()).containsOnlyKeys("noPublicReportShowsANaturalPersonsName");
        assertThat(run.onlyMistakeFirstLine()).startsWith("report 'grants' shows the name of a natural person in public")
            .contains("rapport 'grants' toont de naam van een particulier in het openbaar");
    }

    @Test
    void aReportThatThrowsOnAGeneratedDossierIsFound() {
        KitRun run = KitRun.of(new BrokenProfiles.ThrowsOnGrantsKit());
        assertThat(run.mistakes()).containsOnlyKeys("everyReportFormatRendersEveryGeneratedDossierInEveryFormat");
        assertThat(run.onlyMistakeFirstLine()).startsWith("report format 'grants' threw on a generated dossier instead of refusing")
            .contains("no column for grants");
    }

    @Test
    void aReportRefusingWithAProblemNotPlacedAtTheFormatIsFound() {
        ProfileConformanceKit kit = new BrokenProfiles.RefusesNowhereKit();
        assertThatThrownBy(kit::everyReportFormatBuildsFromAnEmptyDossierOrRefusesWithAMessage)
            .isInstanceOf(AssertionError.class).hasMessageContaining("place of the refusal of grants");
    }

    @Test
    void failsOnBindingsThatLoadButDoNotHoldTogether() {
        ProfileConformanceKit inconsistent = new InconsistentProfile.Kit();
        assertThatThrownBy(inconsistent::reportFormatsAreBoundUnderTheirOwnIdsAndDescribeThemselves)
            .isInstanceOf(AssertionError.class).hasMessageContaining("id of the format bound as 'summary'");
        assertThatThrownBy(inconsistent::everyReportFormatBuildsFromAnEmptyDossierOrRefusesWithAMessage)
            .isInstanceOf(AssertionError.class).hasMessageContaining("format 'summary' threw on an empty dossier");
        assertThatThrownBy(inconsistent::theAllocationPolicyCopesWithARoundWithoutCandidates)
            .isInstanceOf(AssertionError.class).hasMessageContaining("allocation policy throwing threw on an empty round");
        assertThatThrownBy(inconsistent::theReviewCadenceGivesOrderedDatesWithinTheExperiment)
            .isInstanceOf(AssertionError.class).hasMessageContaining("grace period negative");
        assertThatThrownBy(inconsistent::theExperimentNumberingDescribesItselfAndRefusesGarbage)
            .isInstanceOf(AssertionError.class).hasMessageContaining("numbering accepted ''");
    }

    @Test
    void passesEveryCheckOfAConsistentProfile() {
        KitRun run = KitRun.of(new SampleProfileConformanceTest());
        assertThat(run.failures()).isEmpty();
        assertThat(run.skipped()).isEmpty();
    }
}
