package nl.sociaaldomein.atelier.profile.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import org.junit.jupiter.api.Test;

/** The kit must fail on a profile that breaks its rules, not only pass on a good one. */
class ProfileConformanceKitTest {

    private final ProfileConformanceKit kit = new CarelessProfile.Kit();

    @Test
    void failsOnEveryBrokenRule() {
        assertThatThrownBy(kit::isFoundThroughServiceLoaderByItsId).isInstanceOf(AssertionError.class)
            .hasMessageContaining("is META-INF/services set up?");
        assertThatThrownBy(kit::isAFinalClassWithAPublicNoArgumentConstructor).isInstanceOf(AssertionError.class)
            .hasMessageContaining("is final");
        assertThatThrownBy(kit::idIsLowerCaseWordsJoinedByHyphens).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::displayNameIsNotBlank).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::defaultLocaleIsSet).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::injectorBuildsWithEveryRequiredBinding).isInstanceOf(CreationException.class);
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
    void passesTheBoundServicesOfAConsistentProfile() {
        ProfileConformanceKit sample = new SampleProfileConformanceTest();
        sample.everyDefaultedAndOptionalBindingCanBeInjected();
        sample.theReviewCadenceGivesOrderedDatesWithinTheExperiment();
        sample.theExperimentNumberingDescribesItselfAndRefusesGarbage();
    }
}
