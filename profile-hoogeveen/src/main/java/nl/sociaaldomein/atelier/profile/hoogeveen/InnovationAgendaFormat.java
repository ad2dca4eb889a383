package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.ImmutableTable;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The innovation agenda (002_9515f7258e93469e.txt: "een innovatieagenda op te stellen met
 * uitdagingen"): per theme its challenges, and under them the round's initiatives on that theme
 * with their decision. Initiatives on no theme of the agenda follow in a section of their own.
 */
public final class InnovationAgendaFormat implements ReportFormat {

    public static final String ID = "innovation-agenda";

    private static final Text TITLE = new Text("Innovatieagenda sociaal domein", "Social domain innovation agenda");
    private static final Text ABOUT = new Text("Over deze agenda", "About this agenda");
    private static final Text CHALLENGES = new Text("Uitdagingen", "Challenges");
    private static final Text CHALLENGE = new Text("Uitdaging", "Challenge");
    private static final Text INITIATIVES = new Text("Initiatieven", "Initiatives");
    private static final Text INITIATIVE = new Text("Initiatief", "Initiative");
    private static final Text APPLICANT = new Text("Aanvrager", "Applicant");
    private static final Text DECISION = new Text("Besluit", "Decision");
    private static final Text OTHER = new Text("Overige initiatieven", "Other initiatives");
    private static final Text NO_CHALLENGES = new Text(
        "Voor dit thema zijn nog geen uitdagingen vastgesteld.", "No challenges have been set for this theme yet.");
    private static final Text NO_INITIATIVES = new Text(
        "Geen initiatieven op dit thema in deze ronde.", "No initiatives on this theme in this round.");

    private final InnovationAgenda agenda;

    public InnovationAgendaFormat(InnovationAgenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("De innovatieagenda: uitdagingen per thema, met de initiatieven van de ronde per thema",
            "The innovation agenda: challenges per theme, with the round's initiatives per theme").in(locale);
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty()) {
            return ReportProblems.lacks(id(), RoundRows.NEEDS_A_ROUND);
        }
        Round round = dossier.round().get();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(ABOUT.in(locale), new Paragraph(about(locale))));
        for (InnovationAgenda.Theme theme : agenda.themes()) {
            List<Initiative> onTheme = round.initiatives().stream().filter(i -> i.themes().contains(theme.id())).toList();
            sections.add(Section.builder().heading(theme.name().in(locale))
                .addBlocks(challenges(theme, locale)).addBlocks(initiatives(round, onTheme, locale)).build());
        }
        List<Initiative> other = round.initiatives().stream()
            .filter(i -> agenda.themes().stream().noneMatch(t -> i.themes().contains(t.id()))).toList();
        if (!other.isEmpty()) {
            sections.add(Section.of(OTHER.in(locale), initiatives(round, other, locale)));
        }
        return Result.ok(Report.builder().title(RoundRows.title(TITLE, dossier, locale))
            .metadata(RoundRows.metadata(dossier)).addAllSections(sections).build());
    }

    private String about(Locale locale) {
        String with = agenda.drawnUpWith().stream().map(l -> l.in(locale)).collect(Collectors.joining(Text.isEnglish(locale) ? " and " : " en "));
        // The motion asks the college to draw the agenda up with them ("Roept het college op: ... samen met inwoners en
        // zorgaanbieders een innovatieagenda op te stellen"); it does not say that this has been done.
        return new Text(
            "De motie Innovatie sociaal domein (gemeenteraad Hoogeveen, 30 juni 2016) roept het college op om samen met " + with
                + " een innovatieagenda op te stellen met uitdagingen voor de transformatie van het sociaal domein. "
                + "Of en wanneer dat is gebeurd, zegt de motie niet; de uitdagingen hieronder komen niet uit een bron.",
            "The motion Innovatie sociaal domein (Hoogeveen council, 30 June 2016) calls on the college to draw up, together with "
                + with + ", an innovation agenda with challenges for the transformation of the social domain. Whether and when "
                + "that was done the motion does not say; the challenges below do not come from a source.").in(locale);
    }

    private static Block challenges(InnovationAgenda.Theme theme, Locale locale) {
        if (theme.challenges().isEmpty()) {
            return Note.info(NO_CHALLENGES.in(locale));
        }
        ImmutableTable.Builder table = Table.builder().title(CHALLENGES.in(locale) + ": " + theme.name().in(locale))
            .addColumns(Column.of(nl.sociaaldomein.atelier.report.Label.NUMBER), Column.of(CHALLENGE.in(locale)));
        for (int i = 0; i < theme.challenges().size(); i++) {
            table.addRows(Row.of(Cell.count(i + 1), Cell.text(theme.challenges().get(i).in(locale)))
                .from(0, Provenance.computed(new Text("volgnummer", "position").in(locale))));
        }
        return table.build();
    }

    private static Block initiatives(Round round, List<Initiative> initiatives, Locale locale) {
        if (initiatives.isEmpty()) {
            return new Paragraph(NO_INITIATIVES.in(locale));
        }
        ImmutableTable.Builder table = Table.builder().title(INITIATIVES.in(locale))
            .addColumns(Column.of(INITIATIVE.in(locale)), Column.of(APPLICANT.in(locale)), Column.of(DECISION.in(locale)),
                Column.of(nl.sociaaldomein.atelier.report.Label.GRANTED));
        for (Initiative initiative : initiatives) {
            table.addRows(Row.of(Cell.text(initiative.title()), Cell.party(initiative.applicant()),
                Cell.text(RoundRows.decision(round, initiative, locale)), Cell.money(RoundRows.granted(round, initiative)))
                .from(3, RoundRows.decided(locale)));
        }
        Table built = table.build();
        return Table.builder().from(built).addFooter(Row.of(Cell.label(nl.sociaaldomein.atelier.report.Label.TOTAL),
            Cell.empty(), Cell.empty(), Cell.money(built.moneyTotal(3))).from(RoundRows.sum(locale))).build();
    }
}
