package nl.sociaaldomein.atelier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionTheSourceGave() {
        assertThat(PartialDate.parse("1-4-2015").orElseThrow().toLocalDate()).contains(LocalDate.of(2015, 4, 1));
        PartialDate march = PartialDate.parse("Maart 2018").orElseThrow();
        assertThat(march.precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(march.toLocalDate()).isEmpty();
        assertThat(march.latest()).contains(LocalDate.of(2018, 3, 31));
        assertThat(PartialDate.parse("2016").orElseThrow().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("").orElseThrow().isKnown()).isFalse();
    }

    @Test
    void writesDatesBackAsTheSourcesDo() {
        assertThat(PartialDate.parse("14-9-2017").orElseThrow().toDutch()).isEqualTo("14-9-2017");
        assertThat(PartialDate.parse("Maart 2018").orElseThrow().toDutch()).isEqualTo("maart 2018");
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(PartialDate.parse("31-02-2016").problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("impossible date '31-02-2016': there is no such day in the calendar");
        assertThat(PartialDate.parse("2016-13-01").problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("impossible date '2016-13-01': there is no such day in the calendar");
        assertThat(PartialDate.parse("Smarch 2018").problems().get(0).message(java.util.Locale.ENGLISH)).contains("unknown month name 'Smarch'");
    }

    @Test
    void yearZeroIsRefusedInEveryForm() {
        for (String t : new String[] {"0000-01-01", "01-01-0000", "1-1-0000", "0000-01", "Maart 0000", "0000"}) {
            assertThat(PartialDate.parse(t).problems().get(0).message(java.util.Locale.ENGLISH)).as(t).isEqualTo("impossible date '" + t + "': there is no year 0");
        }
        assertThat(PartialDate.parse("0001-01-01").orElseThrow().toLocalDate()).contains(LocalDate.of(1, 1, 1));
    }

    @Test
    void aFullDateFieldSaysWhatItAcceptsAndNamesAMonthOrYearForWhatItIs() {
        assertThat(PartialDate.parseDay("30-06-2016").orElseThrow()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(PartialDate.parseDay("2016").problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("'2016' is a year, not a day: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(PartialDate.parseDay("Maart 2018").problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("'Maart 2018' is a month, not a day: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(PartialDate.parseDay(" ").problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("must not be empty: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(PartialDate.parseDay("30/06/2016").problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("not a date: '30/06/2016' (expected a full date such as 30-06-2016 or 2016-06-30)");
        assertThat(PartialDate.parse("30/06/2016").problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("not a date: '30/06/2016' (expected e.g. 1-4-2015, Maart 2018, 2016 or empty)");
    }

    @Test
    void aTextThatIsNotADateIsOneCodedProblemInDutchAndEnglish() {
        java.util.Locale dutch = java.util.Locale.forLanguageTag("nl-NL");
        assertThat(PartialDate.parse("31-02-2016").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("date.impossible");
            assertThat(problem.kind()).isEqualTo(nl.sociaaldomein.atelier.problem.ProblemKind.INVALID);
            assertThat(problem.message(dutch)).isEqualTo("onmogelijke datum '31-02-2016': die dag bestaat niet in de kalender");
        });
        assertThat(PartialDate.parseDay("Maart 2018").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("date.not-a-day");
            assertThat(problem.message(dutch)).isEqualTo("'Maart 2018' is een maand, geen dag: geef een volledige datum zoals 30-06-2016 of 2016-06-30");
        });
        assertThat(PartialDate.parseDay(" ").problems()).extracting(p -> p.code()).containsExactly("date.empty");
        assertThat(PartialDate.parse("Smarch 2018").problems()).extracting(p -> p.code()).containsExactly("date.unknown-month");
        assertThat(PartialDate.parse("30/06/2016").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("date.not-a-date");
            assertThat(problem.message(dutch)).isEqualTo("geen datum: '30/06/2016' (verwacht bijvoorbeeld 1-4-2015, Maart 2018, 2016 of leeg)");
        });
    }
}
