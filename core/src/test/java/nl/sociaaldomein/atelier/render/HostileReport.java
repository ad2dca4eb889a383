package nl.sociaaldomein.atelier.render;

import java.util.List;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.report.TimelineChart;

/** A report whose every text tries to break out of its format. */
final class HostileReport {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE_BREAK = "\"><img src=x onerror=alert(1)>";
    static final String PIPES = "a | b \\| c\nd";
    static final List<String> FORMULAS = List.of("=1+1", "+31 6 1234", "-2+3", "@SUM(A1)", "\tTAB", "\rCR");

    private HostileReport() {
    }

    static Report build() {
        var table = Table.builder().title(SCRIPT)
            .addColumns(Column.of("naam " + SCRIPT), Column.of("Instantie | x"), Column.of("bedrag"))
            .addRows(Row.of(Cell.text(SCRIPT), Cell.party(Applicant.organisation(ATTRIBUTE_BREAK, OrganisationKind.FOUNDATION)),
                Cell.money(Money.ofCents(-1_200_050))))
            .addRows(Row.of(Cell.text(PIPES), Cell.party(Applicant.naturalPerson(SCRIPT)), Cell.money(Money.ZERO)));
        for (String formula : FORMULAS) {
            table.addRows(Row.of(Cell.text(formula), Cell.party(Applicant.organisation(formula, OrganisationKind.COMPANY)),
                Cell.empty()));
        }
        return Report.builder().title("# " + SCRIPT + " & ]]> \u0000")
            .addSections(Section.of("<h2>" + SCRIPT, new Paragraph("# kop\n- lijst\n1. genummerd\n> quote " + SCRIPT
                + " [link](javascript:alert(1)) ![img](x) `code` *nadruk* &amp; \u0007"),
                Note.warning(ATTRIBUTE_BREAK), table.build(),
                Figure.of("</svg>" + SCRIPT, BarChart.of(BarChart.Bar.of(SCRIPT, 3), BarChart.Bar.of(ATTRIBUTE_BREAK, 1))),
                Figure.of("tijdlijn", TimelineChart.of(List.of(new TimelineChart.Span(SCRIPT,
                    PartialDate.ofYear(2016), PartialDate.unknown()))))))
            .build();
    }
}
