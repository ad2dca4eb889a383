package nl.sociaaldomein.atelier.profile;

import nl.sociaaldomein.atelier.text.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.profile.ReportingMoment.Frequency;
import nl.sociaaldomein.atelier.profile.ReportingMoment.Recipient;
import org.junit.jupiter.api.Test;

class PlanningCalendarTest {

    private static final ReportingMoment HALF_YEAR = new ReportingMoment("half-year-report",
        new Text("halfjaarrapportage", "half-year report"), Frequency.HALF_YEARLY, Recipient.COUNCIL);
    private static final ReportingMoment ACCOUNTS = new ReportingMoment("annual-accounts",
        new Text("jaarrekening", "annual accounts"), Frequency.YEARLY, Recipient.COUNCIL);

    @Test
    void listsTheReportingMomentsOfAYearInDateOrder() {
        PlanningCalendar calendar = PlanningCalendar.of(HALF_YEAR, ACCOUNTS);

        assertThat(calendar.dueIn(2016)).extracting(Map.Entry::getKey, e -> e.getValue().id()).containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 6, 30), "half-year-report"),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 12, 31), "half-year-report"),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 12, 31), "annual-accounts"));
        assertThat(new ReportingMoment("college-report", new Text("kwartaalrapportage", "quarterly report"),
            Frequency.QUARTERLY, Recipient.EXECUTIVE).periodEndsIn(2018)).containsExactly(
            LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 9, 30), LocalDate.of(2018, 12, 31));
    }

    @Test
    void refusesAnEmptyCalendarAndTwoMomentsWithOneId() {
        assertThatThrownBy(PlanningCalendar::of).hasMessage("a planning calendar needs at least one reporting moment");
        assertThatThrownBy(() -> PlanningCalendar.of(ACCOUNTS, ACCOUNTS))
            .hasMessage("reporting moment 'annual-accounts' appears twice in one calendar");
    }

    @Test
    void labelsSpeakDutchUnlessAskedForEnglish() {
        assertThat(ACCOUNTS.name().in(Locale.forLanguageTag("nl-NL"))).isEqualTo("jaarrekening");
        assertThat(ACCOUNTS.name().in(Locale.ENGLISH)).isEqualTo("annual accounts");
        assertThat(ACCOUNTS.name().in(Locale.GERMAN)).isEqualTo("jaarrekening");
    }
}
