package nl.sociaaldomein.atelier.reporting;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.report.Report;

/**
 * One kind of report a municipality publishes, e.g. Groningen's "Toekenningen
 * Innovatieateliers Sociaal Domein" annex or Oost Gelre's experiments status table. A format
 * builds a format-free {@link Report} from a {@link Dossier}; renderers then write it as
 * Markdown, HTML, CSV or JSON.
 *
 * <p>Formats are bound by name: {@code ProfileBindings.named(binder, ReportFormat.class,
 * "grants-annex").toInstance(new GrantsAnnex())}, and injected as {@code Map<String, ReportFormat>}.
 */
public interface ReportFormat {

    /** {@return the format's id: kebab-case, unique in a profile, e.g. {@code grants-annex}} */
    String id();

    /**
     * One line saying what the report shows, in the given language (Dutch unless English).
     *
     * @param locale the reader's language
     * @return the description
     */
    String description(Locale locale);

    /**
     * Builds the report in the given language, or says what the dossier lacks: a failed
     * {@link Result} whose problems carry a code and their text in Dutch and English, e.g.
     * {@link ReportProblems#dossierIncomplete} ({@code report.dossier-incomplete}, "het dossier
     * heeft geen ronde" / "the dossier has no round"). Headings and column names follow the
     * locale; amounts, dates and names are left to the renderer, which knows the audience.
     *
     * @param dossier what the report is about
     * @param locale  the report's language
     * @return the report, or what the dossier lacks
     */
    Result<Report> build(Dossier dossier, Locale locale);
}
