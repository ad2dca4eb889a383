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

    @Test
    void yearZeroIsRefusedInEveryForm() {
        for (String t : new String[] {"0000-01-01", "01-01-0000", "1-1-0000", "0000-01", "Maart 0000", "0000"}) {
            assertThat(PartialDate.parse(t).getLeft()).as(t).isEqualTo("impossible date '" + t + "': there is no year 0");
        }
        assertThat(PartialDate.parse("0001-01-01").get().toLocalDate()).contains(LocalDate.of(1, 1, 1));
    }

    @Test
    void aFullDateFieldSaysWhatItAcceptsAndNamesAMonthOrYearForWhatItIs() {
        assertThat(PartialDate.parseDay("30-06-2016").get()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(PartialDate.parseDay("2016").getLeft()).isEqualTo("'2016' is a year, not a day: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(PartialDate.parseDay("Maart 2018").getLeft()).isEqualTo("'Maart 2018' is a month, not a day: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(PartialDate.parseDay(" ").getLeft()).isEqualTo("must not be empty: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(PartialDate.parseDay("30/06/2016").getLeft()).isEqualTo("not a date: '30/06/2016' (expected a full date such as 30-06-2016 or 2016-06-30)");
        assertThat(PartialDate.parse("30/06/2016").getLeft()).isEqualTo("not a date: '30/06/2016' (expected e.g. 1-4-2015, Maart 2018, 2016 or empty)");
    }
}
