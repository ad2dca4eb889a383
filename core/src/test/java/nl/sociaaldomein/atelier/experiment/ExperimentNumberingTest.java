package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import org.junit.jupiter.api.Test;

class ExperimentNumberingTest {

    private final ExperimentNumbering oostGelre = ExperimentNumbering.anyOf(ExperimentNumbering.plain(")"),
        ExperimentNumbering.yearBased());

    @Test
    void readsAndWritesBothSchemesOfTheOostGelreRegister() {
        assertThat(oostGelre.parse("1)").orElseThrow()).isEqualTo(new ExperimentNumber.Plain(1));
        assertThat(oostGelre.parse("13").orElseThrow()).isEqualTo(new ExperimentNumber.Plain(13));
        assertThat(oostGelre.parse("14-3").orElseThrow()).isEqualTo(new ExperimentNumber.YearBased(2014, 3));
        assertThat(oostGelre.parse("16-14").orElseThrow()).isEqualTo(new ExperimentNumber.YearBased(2016, 14));
        assertThat(oostGelre.format(new ExperimentNumber.Plain(10))).isEqualTo("10)");
        assertThat(oostGelre.format(new ExperimentNumber.YearBased(2017, 18))).isEqualTo("17-18");
    }

    @Test
    void refusesMalformedNumbersNamingTheExpectedForm() {
        assertThat(oostGelre.parse("14/3").problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("experiment.number-invalid").isEqualTo(ExperimentNumbering.NUMBER_INVALID);
            assertThat(p.kind()).isEqualTo(ProblemKind.INVALID);
            assertThat(p.place().subject("number")).hasValue("14/3");
            assertThat(p.message(Locale.ENGLISH)).isEqualTo("'14/3' is not a number of the form 1, 2, … (or 1), 2), …) or yy-n (e.g. 14-3)");
            assertThat(p.message(Locale.forLanguageTag("nl-NL")))
                .isEqualTo("'14/3' is geen nummer van de vorm 1, 2, … (of 1), 2), …) of jj-n (bijv. 14-3)");
        });
        assertThat(oostGelre.isValid("1]")).isFalse();
        assertThat(ExperimentNumbering.plain("").parse("0").problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("experiment.number-invalid");
            assertThat(p.message(Locale.ENGLISH)).contains("numbers start at 1");
            assertThat(p.message(Locale.forLanguageTag("nl-NL"))).contains("nummers beginnen bij 1");
        });
        assertThat(ExperimentNumbering.yearBased().parse("14-0").problems()).singleElement()
            .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("at least 1"));
        assertThat(ExperimentNumbering.yearBased().isValid("1)")).isFalse();
        assertThat(ExperimentNumbering.plain(")").isValid("14-3")).isFalse();
    }

    @Test
    void aSchemeWritesOnlyItsOwnKindOfNumber() {
        assertThatThrownBy(() -> ExperimentNumbering.plain(")").format(new ExperimentNumber.YearBased(2014, 3)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(ExperimentNumbering.plain("").format(new ExperimentNumber.Plain(7))).isEqualTo("7");
    }
}
