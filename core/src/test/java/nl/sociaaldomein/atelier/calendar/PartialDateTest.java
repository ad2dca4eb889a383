package nl.sociaaldomein.atelier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionTheSourceGave() {
        assertThat(PartialDate.parse("1-4-2015").get().toLocalDate()).contains(LocalDate.of(2015, 4, 1));
        PartialDate march = PartialDate.parse("Maart 2018").get();
        assertThat(march.precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(march.toLocalDate()).isEmpty();
        assertThat(march.latest()).contains(LocalDate.of(2018, 3, 31));
        assertThat(PartialDate.parse("2016").get().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("").get().isKnown()).isFalse();
    }

    @Test
    void writesDatesBackAsTheSourcesDo() {
        assertThat(PartialDate.parse("14-9-2017").get().toDutch()).isEqualTo("14-9-2017");
        assertThat(PartialDate.parse("Maart 2018").get().toDutch()).isEqualTo("maart 2018");
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(PartialDate.parse("31-02-2016").getLeft()).isEqualTo("impossible date '31-02-2016': there is no such day in the calendar");
        assertThat(PartialDate.parse("2016-13-01").getLeft()).isEqualTo("impossible date '2016-13-01': there is no such day in the calendar");
        assertThat(PartialDate.parse("Smarch 2018").getLeft()).contains("unknown month name 'Smarch'");
    }
}
