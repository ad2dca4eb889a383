package nl.sociaaldomein.atelier.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

class AutomaticRulesTest {

    private static Initiative onTheme(String theme) {
        return Initiative.builder().id("i").title("Idee").applicant(Applicant.organisation("Stichting", OrganisationKind.FOUNDATION))
            .addThemes(theme).build();
    }

    private static CallConditions callAbout(String theme) {
        return new CallConditions(Money.ZERO, Money.ofEuros(10_000), Set.of(), Set.of(theme));
    }

    @Test
    void aThemeMatchesWhateverTheCaseOnEitherSide() {
        assertThat(AutomaticRules.themeMatchesCall().judge(onTheme("Wmo"), callAbout("Wmo")).passed()).isTrue();
        assertThat(AutomaticRules.themeMatchesCall().judge(onTheme("wmo"), callAbout("Wmo")).passed()).isTrue();
        assertThat(AutomaticRules.themeMatchesCall().judge(onTheme("WMO"), callAbout("wmo")).passed()).isTrue();
        assertThat(AutomaticRules.themeMatchesCall().judge(onTheme("jeugd"), callAbout("Wmo")).passed()).isFalse();
    }
}
