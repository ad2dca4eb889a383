package nl.sociaaldomein.atelier.profile.groningen.meedoen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Groningen's letter on meedoen (003_8cbc039ce30155df.txt) in full: the 24 projects of its annex
 * with what the letter gives for each, how they came in and how they are paid for (several budgets,
 * support in kind), the programmes of its body with their figures, the afwegingskader applied to the
 * projects without a Programma van Eisen with its monitoring moments, and where the sources disagree.
 * Every value carries its provenance; what the letter does not give reads "niet gepubliceerd".
 * It needs a dossier from the same letter (its register cites 003).
 */
public final class MeedoenLetterFormat implements ReportFormat {

    public static final String ID = "meedoen-letter";

    /** The letter, read when the report is first built: loading the profile must not parse it. */
    private final Supplier<MeedoenLetter> source;

    public MeedoenLetterFormat() {
        this.source = MeedoenLetterReader::shipped;
    }

    public MeedoenLetterFormat(MeedoenLetter letter) {
        Objects.requireNonNull(letter, "letter");
        this.source = () -> letter;
    }

    private MeedoenLetter letter() {
        return source.get();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return Text.of("De brief over meedoen (2017) volledig: 24 projecten, programma's met cijfers, afwegingskader, financiering, "
            + "steun in natura en instroom", "The 2017 letter on participation in full: 24 projects, programmes with figures, assessment "
            + "framework, funding, support in kind and intake").in(locale);
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        String file = ((Provenance.Source) letter().source()).file();
        boolean sameLetter = dossier.register().map(r -> r.source().file().endsWith(file)).orElse(false);
        if (!sameLetter) {
            return ReportProblems.lacks(ID, Text.of("'" + ID + "' toont de brief " + file + " en heeft een dossier uit die brief nodig",
                "'" + ID + "' shows the letter " + file + " and needs a dossier from that letter"));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(w("Over deze brief", "About this letter", locale), new Paragraph(w(
            "Raadsbrief van het college van Groningen over meedoen, dagbesteding en nieuw beschut, met als bijlage een overzicht van "
                + "24 projecten. De brief is ongedateerd; hij informeert de raad in het eerste kwartaal van 2017.",
            "Council letter of Groningen's executive on participation, day activities and sheltered work, with an annex of 24 "
                + "projects. The letter is undated; it informs the council in the first quarter of 2017.", locale)),
            Note.info(w("Bron", "Source", locale) + ": " + letter().source().detail())));
        sections.add(Section.of(w("Projecten uit de bijlage", "Projects of the annex", locale), projects(locale)));
        sections.add(Section.builder().heading(w("Financiering, steun in natura en instroom", "Funding, support in kind and intake", locale))
            .addBlocks(funding(locale), Note.info(w("De brief noemt bij geen project een bedrag per budget; alleen het bedrag van "
                + "Ondernemend Zuid staat in de bijlage van 30-06-2016. Zonder bedragen wordt er niets in het budget geboekt.",
                "The letter gives no amount per budget for any project; only Ondernemend Zuid's amount is in the annex of "
                    + "30 June 2016. Without amounts nothing is posted to the budget.", locale)), intake(locale), budgets(locale))
            .build());
        sections.add(Section.of(w("Programma's en pilots", "Programmes and pilots", locale), figures(locale), facts(locale)));
        sections.add(Section.builder().heading(w("Afwegingskader en monitoring", "Assessment framework and monitoring", locale))
            .addBlocks(criteria(locale), new Paragraph(w("Tussentijds en aan het einde van de rit besluit de gemeente per project: "
                + String.join(" / ", letter().afwegingskader().outcomes()) + ". De brief publiceert geen beoordelingen en geen data "
                + "van beoordelingsmomenten.", "Mid-way and at the end the municipality decides per project: continue / adjust / stop. "
                + "The letter publishes no assessments and no dates of review moments.", locale)), assessment(locale))
            .build());
        List<Block> quality = new ArrayList<>();
        for (MeedoenLetter.QualityNote note : letter().dataQuality()) {
            List<String> quotes = note.sources().stream().map(Provenance::detail).toList();
            quality.add(Note.warning(note.text() + " (" + String.join("; ", quotes) + ")"));
        }
        sections.add(Section.builder().heading(w("Kwaliteit van de gegevens", "Data quality", locale)).blocks(quality).build());
        return Result.ok(Report.builder().title(w("Meedoen in Groningen: de brief van 2017 volledig",
                "Participation in Groningen: the 2017 letter in full", locale))
            .metadata(ReportMetadata.builder().municipality(dossier.municipality()).build())
            .sections(sections).build());
    }

    private Table projects(Locale locale) {
        List<Row> rows = new ArrayList<>();
        Provenance annex = letter().source();
        for (MeedoenLetter.Project p : letter().projects()) {
            rows.add(sourced(Row.of(Cell.count(p.number()), Cell.text(p.name().value()), Cell.text(p.what().value()),
                    text(p.partners(), locale), Cell.text(p.innovatieatelier().isPresent() ? w("ja", "yes", locale) : w("niet vermeld",
                        "not stated", locale)), p.start().map(s -> Cell.date(PartialDate.parse(s.value()).orElse(PartialDate.unknown())))
                        .orElse(notPublished(locale)), p.end().map(s -> Cell.date(PartialDate.parse(s.value()).orElse(PartialDate.unknown())))
                        .orElse(notPublished(locale))),
                annex, p.name().provenance(), p.what().provenance(), p.partners().map(Sourced::provenance),
                p.innovatieatelier(), p.start().map(Sourced::provenance), p.end().map(Sourced::provenance)));
        }
        return Table.builder().title(w("Overzicht projecten Meedoen", "Overview of participation projects", locale))
            .addColumns(Column.of(Label.NUMBER), Column.of(w("project", "project", locale)), Column.of(w("wat het doet", "what it does", locale)),
                Column.of(w("partners / uitvoering", "partners / run by", locale)),
                Column.of(w("vanuit het Innovatieatelier", "from the Innovation Workshop", locale)),
                Column.of(Label.START), Column.of(Label.END))
            .rows(rows).build();
    }

    private Table funding(Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (MeedoenLetter.Project p : letter().projects()) {
            if (p.funding().isEmpty() && p.inKind().isEmpty()) {
                continue;
            }
            String budgets = String.join(", ", p.funding().stream().map(id -> MeedoenLetter.nameOf(letter().budgets(), id)).toList());
            Cell kind = Cell.text(p.inKind().isPresent() ? w("in natura", "in kind", locale)
                : p.funding().size() > 1 ? w("uit meerdere budgetten", "from several budgets", locale) : w("uit één budget", "from one budget", locale));
            rows.add(sourced(Row.of(Cell.count(p.number()), Cell.text(p.name().value()), kind,
                    budgets.isEmpty() ? Cell.empty() : Cell.text(budgets),
                    p.amount().map(a -> Cell.money(Money.ofEuros(a.number()))).orElse(p.inKind().isPresent() ? Cell.empty() : notPublished(locale)),
                    p.inKind().map(k -> Cell.text(k.value())).orElse(Cell.empty())),
                letter().source(), Optional.of(p.name().provenance()), p.inKind().map(Sourced::provenance).or(p::fundingSource),
                p.fundingSource(), p.amount().map(Sourced::provenance), p.inKind().map(Sourced::provenance)));
        }
        return Table.builder().title(w("Financiering en steun in natura", "Funding and support in kind", locale))
            .addColumns(Column.of(Label.NUMBER), Column.of(w("project", "project", locale)), Column.of(w("besluit", "decision", locale)),
                Column.of(w("budgetten", "budgets", locale)), Column.of(Label.AMOUNT), Column.of(w("in natura", "in kind", locale)))
            .rows(rows).build();
    }

    private Table intake(Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (MeedoenLetter.Named channel : letter().intakeChannels()) {
            List<MeedoenLetter.Project> in = letter().projects().stream()
                .filter(p -> p.intake().map(i -> i.value().equals(channel.id())).orElse(false)).toList();
            rows.add(Row.of(Cell.text(channel.name().value()), Cell.count(in.size()),
                    Cell.text(String.join(", ", in.stream().map(p -> p.number() + ". " + p.name().value()).toList())))
                .from(0, channel.name().provenance())
                .from(1, Provenance.computed(w("geteld uit de projecten waarvan de brief zegt hoe ze binnenkwamen",
                    "counted from the projects for which the letter says how they came in", locale))));
        }
        long unknown = letter().projects().stream().filter(p -> p.intake().isEmpty()).count();
        rows.add(Row.of(Cell.text(w("niet vermeld", "not stated", locale)), Cell.count(unknown), Cell.empty())
            .from(1, Provenance.computed(w("de projecten waarvan de brief niet zegt hoe ze binnenkwamen",
                "the projects for which the letter does not say how they came in", locale))));
        return Table.builder().title(w("Instroomkanalen", "Intake channels", locale))
            .addColumns(Column.of(w("kanaal", "channel", locale)), Column.of(Label.COUNT), Column.of(w("projecten", "projects", locale)))
            .rows(rows).build();
    }

    private Table budgets(Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (MeedoenLetter.Named budget : letter().budgets()) {
            List<String> used = letter().projects().stream().filter(p -> p.funding().contains(budget.id()))
                .map(p -> p.number() + ". " + p.name().value()).toList();
            rows.add(Row.of(Cell.text(budget.name().value()), used.isEmpty() ? Cell.text(w("geen project genoemd", "no project named", locale))
                : Cell.text(String.join(", ", used))).from(0, budget.name().provenance()));
        }
        return Table.builder().title(w("Budgetten die de brief noemt", "Budgets the letter names", locale))
            .addColumns(Column.of(w("budget", "budget", locale)), Column.of(w("projecten", "projects", locale)))
            .rows(rows).build();
    }

    private Table figures(Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (MeedoenLetter.Programme programme : letter().programmes()) {
            for (MeedoenLetter.Labelled figure : programme.figures()) {
                rows.add(Row.of(Cell.text(programme.name().value()), Cell.text(figure.label()), Cell.count(figure.figure().number()))
                    .from(2, figure.figure().provenance()));
            }
        }
        return Table.builder().title(w("Cijfers uit de brief", "Figures of the letter", locale))
            .addColumns(Column.of(w("programma", "programme", locale)), Column.of(w("cijfer", "figure", locale)), Column.of(Label.COUNT))
            .rows(rows).build();
    }

    private Table facts(Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (MeedoenLetter.Programme programme : letter().programmes()) {
            programme.partners().ifPresent(p -> rows.add(Row.of(Cell.text(programme.name().value()), Cell.text(w("partners: ", "partners: ",
                locale) + p.value())).from(1, p.provenance())));
            for (Sourced fact : programme.facts()) {
                rows.add(Row.of(Cell.text(programme.name().value()), Cell.text(fact.value())).from(1, fact.provenance()));
            }
        }
        return Table.builder().title(w("Stand van de programma's", "State of the programmes", locale))
            .addColumns(Column.of(w("programma", "programme", locale)), Column.of(w("wat de brief zegt", "what the letter says", locale)))
            .rows(rows).build();
    }

    private Table criteria(Locale locale) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Sourced criterion : letter().afwegingskader().criteria()) {
            rows.add(Row.of(Cell.count(++n), Cell.text(criterion.value())).from(0, Provenance.computed(w("volgorde in de brief",
                "order in the letter", locale))).from(1, criterion.provenance()));
        }
        return Table.builder().title(w("Afwegingskader (projecten zonder Programma van Eisen)",
                "Assessment framework (projects without a Programme of Requirements)", locale))
            .addColumns(Column.of(Label.NUMBER), Column.of(w("criterium", "criterion", locale))).rows(rows).build();
    }

    private Table assessment(Locale locale) {
        MeedoenLetter.Kader kader = letter().afwegingskader();
        List<Row> rows = new ArrayList<>();
        for (MeedoenLetter.Project p : letter().projects()) {
            boolean pve = p.subsidy().isPresent();
            List<Cell> cells = new ArrayList<>(List.of(Cell.count(p.number()), Cell.text(p.name().value()),
                Cell.text(pve ? w("Programma van Eisen", "Programme of Requirements", locale) : w("afwegingskader", "assessment framework", locale))));
            for (int i = 0; i < kader.criteria().size(); i++) {
                cells.add(pve ? Cell.empty() : notPublished(locale));
            }
            cells.add(notPublished(locale));
            cells.add(p.end().map(e -> Cell.date(PartialDate.parse(e.value()).orElse(PartialDate.unknown()))).orElse(notPublished(locale)));
            Row row = new Row(cells).from(0, letter().source()).from(2, p.subsidy().orElse(kader.appliesTo()));
            rows.add(p.end().map(e -> row.from(cells.size() - 1, e.provenance())).orElse(row));
        }
        List<Column> columns = new ArrayList<>(List.of(Column.of(Label.NUMBER), Column.of(w("project", "project", locale)),
            Column.of(w("kader", "framework", locale))));
        for (int i = 0; i < kader.criteria().size(); i++) {
            columns.add(Column.of(w("criterium ", "criterion ", locale) + (i + 1)));
        }
        columns.add(Column.of(w("tussentijds", "mid-way", locale)));
        columns.add(Column.of(w("einde van de rit", "at the end", locale)));
        return Table.builder().title(w("Beoordeling per project", "Assessment per project", locale))
            .columns(columns).rows(rows).build();
    }

    /** A row with each cell's provenance where given; the first is the number's (the annex). */
    @SafeVarargs
    private static Row sourced(Row row, Provenance number, Object... perCell) {
        Row out = row.from(0, number);
        for (int i = 0; i < perCell.length; i++) {
            Object p = perCell[i];
            Optional<Provenance> provenance = p instanceof Optional ? ((Optional<?>) p).map(Provenance.class::cast) : Optional.of((Provenance) p);
            out = out.from(i + 1, provenance);
        }
        return out;
    }

    private static Cell text(Optional<Sourced> value, Locale locale) {
        return value.map(v -> Cell.text(v.value())).orElse(notPublished(locale));
    }

    private static Cell notPublished(Locale locale) {
        return Cell.text(w("niet gepubliceerd", "not published", locale));
    }

    private static String w(String dutch, String english, Locale locale) {
        return Text.of(dutch, english).in(locale);
    }
}
