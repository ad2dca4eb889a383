package nl.sociaaldomein.atelier.profile.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import nl.sociaaldomein.atelier.profile.internal.LoaderModule;
import org.junit.jupiter.api.Test;

/** The shared profile rules catch what they are for, and pass a profile that keeps them. */
class ProfileArchitectureRulesTest {

    /** A careless profile class that reaches into core's internals. */
    static final class UsesInternals {
        Class<?> peek() {
            return LoaderModule.class;
        }
    }

    private final JavaClasses careless = new ClassFileImporter().importClasses(UsesInternals.class);
    private final JavaClasses sample = new ClassFileImporter().importClasses(SampleProfile.class);

    @Test
    void aProfileUsingAnInternalPackageOfCoreIsCaught() {
        assertThat(ProfileArchitectureRules.usesNoInternalPackage().evaluate(careless).hasViolation()).isTrue();
        assertThat(ProfileArchitectureRules.usesOnlyThePublicApi("nl.sociaaldomein.atelier.profile.tck")
            .evaluate(careless).hasViolation()).isTrue();
    }

    @Test
    void aProfileKeepingToThePublicApiPasses() {
        assertThat(ProfileArchitectureRules.usesNoInternalPackage().evaluate(sample).hasViolation()).isFalse();
        assertThat(ProfileArchitectureRules.dependsOnNoOtherProfile("nl.sociaaldomein.atelier.profile.tck")
            .evaluate(sample).hasViolation()).isFalse();
    }
}
