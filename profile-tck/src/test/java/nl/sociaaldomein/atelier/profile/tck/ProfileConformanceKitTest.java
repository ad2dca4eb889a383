package nl.sociaaldomein.atelier.profile.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.sociaaldomein.atelier.profile.UnknownProfileException;
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
        assertThatThrownBy(kit::injectorBuildsWithEveryRequiredBinding).isInstanceOf(UnknownProfileException.class);
    }
}
