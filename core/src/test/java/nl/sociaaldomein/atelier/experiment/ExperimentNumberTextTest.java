package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message names an experiment by its number as people write it, never as a Java record. */
class ExperimentNumberTextTest {

    @Test
    void numbersReadAsTheRegisterWritesThem() {
        assertThat(new ExperimentNumber.Plain(20)).hasToString("20");
        assertThat(new ExperimentNumber.YearBased(2014, 3)).hasToString("14-3");
        assertThat(new ExperimentNumber.YearBased(2007, 12)).hasToString("07-12");
    }
}
