package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExperimentNumberingTest {

    private final ExperimentNumbering oostGelre = ExperimentNumbering.anyOf(ExperimentNumbering.plain(")"),
        ExperimentNumbering.yearBased());

    @Test
    void readsAndWritesBothSchemesOfTheOostGelreRegister() {
        assertThat(oostGelre.parse("1)").get()).isEqualTo(new ExperimentNumber.Plain(1));
        assertThat(oostGelre.parse("13").get()).isEqualTo(new ExperimentNumber.Plain(13));
        assertThat(oostGelre.parse("14-3").get()).isEqualTo(new ExperimentNumber.YearBased(2014, 3));
        assertThat(oostGelre.parse("16-14").get()).isEqualTo(new ExperimentNumber.YearBased(2016, 14));
        assertThat(oostGelre.format(new ExperimentNumber.Plain(10))).isEqualTo("10)");
        assertThat(oostGelre.format(new ExperimentNumber.YearBased(2017, 18))).isEqualTo("17-18");
    }

    @Test
    void refusesMalformedNumbersNamingTheExpectedForm() {
        assertThat(oostGelre.parse("14/3").getLeft()).isEqualTo("'14/3' is not a number of the form 1, 2, … (or 1), 2), …) or yy-n (e.g. 14-3)");
        assertThat(oostGelre.isValid("1]")).isFalse();
        assertThat(ExperimentNumbering.plain("").parse("0").getLeft()).contains("numbers start at 1");
        assertThat(ExperimentNumbering.yearBased().parse("14-0").getLeft()).contains("at least 1");
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
