package nl.sociaaldomein.atelier.render;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.report.ImmutableReport;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;

/**
 * A report built and written with one choice of language and audience: the {@link RenderOptions}
 * given once. Use these rather than calling {@link ReportFormat#build} and a renderer with two
 * separate locales.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults();             // Dutch, public
 * Result<byte[]> html = Reports.render(annex, dossier, new HtmlRenderer(), options);
 * }</pre>
 */
public final class Reports {

    private Reports() {
    }

    /**
     * The report in the options' language, marked with it ({@link Report#language()}), or the
     * format's problems, each in Dutch and English: {@code report.dossier-incomplete} saying what
     * the dossier lacks for this format, placed at the format ({@link ReportProblems}).
     *
     * @param format  the report format
     * @param dossier what the report is about
     * @param options the language and audience
     * @return the report, or the problems
     */
    public static Result<Report> build(ReportFormat format, Dossier dossier, RenderOptions options) {
        Locale language = options.isEnglish() ? Locale.ENGLISH : RenderOptions.DUTCH;
        return format.build(dossier, language).map(report -> ImmutableReport.copyOf(report).withLanguage(language));
    }

    /**
     * The report built and written in one go, with the same options for both.
     *
     * @param format   the report format
     * @param dossier  what the report is about
     * @param renderer the output format
     * @param options  the language and audience
     * @return the output, or the problems
     */
    public static Result<byte[]> render(ReportFormat format, Dossier dossier, ReportRenderer renderer, RenderOptions options) {
        return build(format, dossier, options).map(report -> renderer.renderToBytes(report, options));
    }
}
