package nl.sociaaldomein.atelier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;
import org.junit.jupiter.api.Test;

/** The predicates behind the rules tell core from other modules, so the rules are not vacuous. */
class ArchitectureRulesCanFailTest {

    @Test
    void coreClassesAreToldApartFromOtherModules() {
        JavaClasses classes = new ClassFileImporter().importClasses(Money.class, Gen.class);
        assertThat(AtelierPackages.IN_CORE.test(classes.get(Money.class))).isTrue();
        assertThat(AtelierPackages.IN_CORE.test(classes.get(Gen.class))).isFalse();
    }

    @Test
    void municipalityNamesAreRecognisedInEveryWritingOfThem() {
        assertThat(new String[] {
            "nl.sociaaldomein.atelier.profile.groningen.GroningenProfile",
            "nl.sociaaldomein.atelier.call.HoogeveenCeiling",
            "nl.sociaaldomein.atelier.profile.oostgelre.Register",
            "nl.sociaaldomein.atelier.experiment.OostGelreRegister",
            "nl.sociaaldomein.atelier.profile.oost_gelre.Register"})
            .allMatch(name -> name.matches(AtelierPackages.MUNICIPALITY_NAME));
        assertThat("nl.sociaaldomein.atelier.initiative.Municipality").doesNotMatch(AtelierPackages.MUNICIPALITY_NAME);
    }
}
