package nl.sociaaldomein.atelier.profile.groningen;

import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ReportingMoment.Frequency;
import nl.sociaaldomein.atelier.profile.ReportingMoment.Recipient;

/**
 * Groningen reports its innovation projects to the council in the planning-and-control cycle:
 * "De projecten lopen mee met de halfjaarrapportage van de P&amp;C-cyclus en maken onderdeel uit van
 * de jaarrekening 2016", and by letter at year end: "We informeren u eind dit jaar over het
 * verloop van de projecten" (000_54832993d59957fc.txt).
 */
final class GroningenCalendar {

    static final ReportingMoment HALF_YEAR_REPORT = new ReportingMoment("half-year-report",
        new Text("halfjaarrapportage (P&C-cyclus)", "half-year report (planning and control cycle)"),
        Frequency.HALF_YEARLY, Recipient.COUNCIL);

    static final ReportingMoment ANNUAL_ACCOUNTS = new ReportingMoment("annual-accounts",
        new Text("jaarrekening", "annual accounts"), Frequency.YEARLY, Recipient.COUNCIL);

    static final ReportingMoment YEAR_END_LETTER = new ReportingMoment("year-end-progress-letter",
        new Text("raadsbrief over het verloop van de projecten", "council letter on the projects' progress"),
        Frequency.YEARLY, Recipient.COUNCIL);

    static final PlanningCalendar CALENDAR = PlanningCalendar.of(HALF_YEAR_REPORT, ANNUAL_ACCOUNTS, YEAR_END_LETTER);

    private GroningenCalendar() {
    }
}
