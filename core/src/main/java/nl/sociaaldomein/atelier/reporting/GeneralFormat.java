package nl.sociaaldomein.atelier.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.MoneyOverflowException;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.text.Text;

/**
 * What the library's general formats share: an id, a title and a one-line description in Dutch
 * and English, the report's heading (title, municipality, the dossier's date), an opening section
 * saying what the report shows and where the data comes from, and a refusal, never an exception,
 * when the dossier lacks a part or an amount overflows.
 */
abstract class GeneralFormat implements ReportFormat {

    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final String id;
    private final Text title;
    private final Text description;

    GeneralFormat(String id, Text title, Text description) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return id;
    }

    /**
     * The report's title without the dossier's, e.g. "Besluiten en motivering".
     *
     * @param locale the report's language
     * @return the title
     */
    public final String title(Locale locale) {
        return title.in(locale);
    }

    @Override
    public final String description(Locale locale) {
        return description.in(locale);
    }

    @Override
    public final Result<Report> build(Dossier dossier, Locale locale) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(locale, "locale");
        try {
            return sections(dossier, locale).map(sections -> Report.builder()
                .title(title.in(locale) + dossier.title().map(t -> ": " + t).orElse(""))
                .metadata(ReportMetadata.builder().municipality(dossier.municipality()).date(PartialDate.of(dossier.asOf())).build())
                .addSections(opening(dossier, locale))
                .addAllSections(sections)
                .build());
        } catch (MoneyOverflowException e) {
            return Result.failed(ReportProblems.amountOutOfRange(id, e.getMessage()));
        }
    }

    /** A day as the renderers write it: {@code 30-06-2025} in Dutch, {@code 30 June 2025} in English. */
    static String day(LocalDate date, Locale locale) {
        return Text.isEnglish(locale) ? date.format(ENGLISH_DAY) : date.format(DUTCH_DAY);
    }

    /** The report's sections after the opening one, or what the dossier lacks. */
    abstract Result<List<Section>> sections(Dossier dossier, Locale locale);

    /** The refusal for a dossier without a part ({@code report.dossier-incomplete}), in both languages. */
    final <T> Result<T> lacks(Text what) {
        return ReportProblems.lacks(id, what);
    }

    /** What the report shows and, when the dossier names it, its source. */
    private Section opening(Dossier dossier, Locale locale) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(description.in(locale)));
        dossier.source().ifPresent(source -> blocks.add(Note.info(Text.of("Bron: ", "Source: ").in(locale) + source)));
        return Section.builder().heading(Text.of("Over dit overzicht", "About this report").in(locale)).blocks(blocks).build();
    }
}
