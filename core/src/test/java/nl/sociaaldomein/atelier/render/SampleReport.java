package nl.sociaaldomein.atelier.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.report.TimelineChart;

/**
 * A representative report from the sources: Groningen's annex "Toekenningen Innovatieateliers
 * Sociaal Domein" (000_54832993d59957fc.txt, total "€ 887.685"), the 2016 round outcome, and part
 * of Oost Gelre's experiments register (004_09d1d1def8e42fc5.txt). The natural persons' names are
 * invented stand-ins: the source shows only "Particulier".
 */
final class SampleReport {

    /** A stand-in private name that must never appear in public output. */
    static final String PRIVATE_NAME = "Jantje Jansen";

    private SampleReport() {
    }

    static Report build() {
        return Report.builder()
            .title("Innovatieatelier Sociaal Domein 2016")
            .metadata(ReportMetadata.builder().municipality(Municipality.of("Groningen", "GM0014"))
                .date(PartialDate.of(LocalDate.of(2016, 6, 30))).reference("voorbeeld").build())
            .addSections(Section.of("Toekenningen", new Paragraph("Van de 43 ideeën zijn er 19 gehonoreerd."), annex()))
            .addSections(Section.of("Budget en besluiten", budgetFigure(), decisionsFigure()))
            .addSections(Section.of("Experimenten Oost Gelre", experiments(), timelineFigure(),
                Note.warning("14-3 Wijknetwerk Silvolde: einddatum alleen als jaar bekend (2016).")))
            .build();
    }

    private static Table annex() {
        Object[][] grants = {
            {"Assist Helpt", "App voor dagstructuur", 25_000},
            {"St Kas-Vital", "Duurzame Liefde als draagkracht voor WIJ Groningen", 25_000},
            {null, "(on)Gewoon een Psychische Handicap", 5_000},
            {null, "De wijkcoöperatie", 86_000},
            {"Nieuw Nabuurschap", "Maakt meedoen mogelijk", 10_000},
            {"Ondernemend Zuid", "De toekomstige arbeidsmatige dagbesteding en MP in de Groningse wijken", 250_000},
            {null, "Stadsbloementuin", 1_000},
            {"Humanitas", "Netwerkvrijwilligers versie 3.0", 54_000},
            {"Protestantse kerk", "St Martinus Pronkjewailn", 6_250},
            {null, "De \"Red jezelf mobiel\" (boodschappen met scootmobiel)", 12_000},
            {null, "Talentengilde", 12_000},
            {"Humanitas DMH", "Samenredzaamheidsdiagram", 25_000},
            {"Inter Psy", "De eerste stap richting werk begint bij de zorg", 70_000},
            {"Terwille", "Zelfbeheer", 90_000},
            {null, "Pop up theetuin", 5_000},
            {null, "PC project: computeren 2.0. de Spron computers en op dreef computers", 2_435},
            {null, "Laiverds", 25_000},
            {"Terwille", "Not for sale. Vrouwen die uit de prostitutie zijn gestapt", 75_000},
            {"Humanitas", "Waarom is water zo mooi?", 109_000},
        };
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < grants.length; i++) {
            Applicant applicant = grants[i][0] == null
                ? Applicant.naturalPerson(PRIVATE_NAME + " " + (i + 1))
                : Applicant.organisation((String) grants[i][0], kindOf((String) grants[i][0]));
            rows.add(Row.of(Cell.count(i + 1), Cell.party(applicant), Cell.text((String) grants[i][1]),
                Cell.money(Money.ofEuros((Integer) grants[i][2]))));
        }
        Table body = Table.builder().title("Toekenningen Innovatieateliers Sociaal Domein")
            .addColumns(Column.of(Label.NUMBER), Column.of("Instantie"), Column.of("naam pitch"), Column.of("bedrag"))
            .rows(rows).build();
        return Table.builder().from(body)
            .addFooter(Row.of(Cell.empty(), Cell.label(Label.TOTAL), Cell.empty(), Cell.money(body.moneyTotal(3))))
            .build();
    }

    /** The kinds as far as the names tell; the source does not say. */
    private static OrganisationKind kindOf(String name) {
        if (name.startsWith("Humanitas")) {
            return OrganisationKind.WELFARE_ORGANISATION;
        } else if (name.contains("kerk")) {
            return OrganisationKind.CHURCH;
        } else if (name.equals("Inter Psy")) {
            return OrganisationKind.CARE_PROVIDER;
        }
        return name.startsWith("St ") ? OrganisationKind.FOUNDATION : OrganisationKind.PARTNERSHIP;
    }

    private static Figure budgetFigure() {
        return Figure.of("Benutting innovatiebudget Wmo 2016", BudgetUseChart.of(
            new BudgetUseChart.Pot("Wmo-initiatieven", Money.ofEuros(1_000_000), Money.ofEuros(887_685),
                Money.ofEuros(50_000))));
    }

    private static Figure decisionsFigure() {
        return Figure.of("Hoe de 43 ideeën afliepen", BarChart.of(
            BarChart.Bar.of("Gehonoreerd", 19), BarChart.Bar.of("Verbonden met andere partij of WIJ-team", 9),
            BarChart.Bar.of("Nog in uitwerking", 1), BarChart.Bar.of("Niet gehonoreerd", 11),
            BarChart.Bar.of("Ingetrokken", 3)));
    }

    private static final String[][] EXPERIMENTS = {
        // nr, name, years 2014..2018 as x/-, start, end, outcome
        {"1)", "Zelfsturende professionals", "xxx--", "1-4-2015", "31-12-2018", "Ja, opgesplitst"},
        {"3)", "Wisseldoorstartwoning (Wonion)", "xxxxx", "1-1-2016", "31-12-2017", "Nee, beëindigd"},
        {"15)", "Kinderkamp plus", "----x", "1-4-2018", "", "In opbouw/uitvoering"},
        {"14-3", "Wijknetwerk Silvolde", "xxx--", "4-2-2015", "2016", "Ja, afgerond"},
        {"17-18", "Dienstverlening backoffice", "---xx", "1-10-2017", "Maart 2018", "Nee, beëindigd"},
    };

    private static Table experiments() {
        var table = Table.builder().title("Stand van zaken experimenten").addColumns(Column.of(""), Column.of("Experiment"));
        for (int year = 2014; year <= 2018; year++) {
            table.addColumns(Column.of(Integer.toString(year)));
        }
        table.addColumns(Column.of("startdatum"), Column.of("einddatum"), Column.of("succesvol"));
        for (String[] e : EXPERIMENTS) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(e[0]), Cell.text(e[1])));
            for (char mark : e[2].toCharArray()) {
                cells.add(Cell.mark(mark == 'x'));
            }
            cells.add(Cell.date(PartialDate.parse(e[3]).orElseThrow()));
            cells.add(Cell.date(PartialDate.parse(e[4]).orElseThrow()));
            cells.add(Cell.text(e[5]));
            table.addRows(new Row(cells));
        }
        return table.build();
    }

    private static Figure timelineFigure() {
        List<TimelineChart.Span> spans = new ArrayList<>();
        for (String[] e : EXPERIMENTS) {
            spans.add(new TimelineChart.Span(e[1], PartialDate.parse(e[3]).orElseThrow(), PartialDate.parse(e[4]).orElseThrow()));
        }
        return Figure.of("Looptijd van de experimenten", TimelineChart.asOf(LocalDate.of(2018, 9, 12), spans));
    }
}
