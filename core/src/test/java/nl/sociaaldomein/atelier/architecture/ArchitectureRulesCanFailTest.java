package nl.sociaaldomein.atelier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import nl.sociaaldomein.atelier.architecture.fixtures.ShowsTheToolkit;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.io.PortfolioReader;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.fixtures.KnowsTheLedger;
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

    @Test
    void aPublicMemberShowingTheReadersToolkitBreaksThePublicApiRule() {
        JavaClasses breaking = new ClassFileImporter().importClasses(ShowsTheToolkit.class, ObjectFields.class);
        assertThat(PublicApiRulesTest.public_methods_and_constructors_show_no_internal_type.evaluate(breaking).getFailureReport().getDetails())
            .singleElement().asString().contains("ShowsTheToolkit.fields()").contains(ObjectFields.class.getName());

        JavaClasses keeping = new ClassFileImporter().importClasses(PortfolioReader.class, ObjectFields.class);
        assertThat(PublicApiRulesTest.public_methods_and_constructors_show_no_internal_type.evaluate(keeping).hasViolation()).isFalse();
    }

    @Test
    void aSharedValueThatKnowsTheLedgerBreaksTheLayers() {
        JavaClasses breaking = new ClassFileImporter().importClasses(KnowsTheLedger.class, Ledger.class);
        assertThat(LayersRulesTest.layers().evaluate(breaking).getFailureReport().getDetails())
            .anySatisfy(line -> assertThat(line).contains(KnowsTheLedger.class.getName()).contains(Ledger.class.getName()));
    }
}
