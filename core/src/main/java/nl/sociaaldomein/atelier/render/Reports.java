package nl.sociaaldomein.atelier.render;

import io.vavr.control.Either;
import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.report.ImmutableReport;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

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
     * problem {@code report.dossier-incomplete} saying what the dossier lacks for this format (the
     * format's own words, which start with its id), in
     * Dutch and English.
     */
    public static Result<Report> build(ReportFormat format, Dossier dossier, RenderOptions options) {
        Locale language = options.isEnglish() ? Locale.ENGLISH : RenderOptions.DUTCH;
        Either<String, Report> built = format.build(dossier, language);
        if (built.isRight()) {
            return Result.ok(ImmutableReport.copyOf(built.get()).withLanguage(language));
        }
        // The reason in the other language too: a problem carries both.
        String dutch = options.isEnglish() ? format.build(dossier, RenderOptions.DUTCH).swap().getOrElse(built.getLeft()) : built.getLeft();
        String english = options.isEnglish() ? built.getLeft() : format.build(dossier, Locale.ENGLISH).swap().getOrElse(built.getLeft());
        return Result.failed(Problem.invalid("report.dossier-incomplete", Place.about("report-format", format.id()),
            dutch, english));
    }

    /** The report built and written in one go, with the same options for both. */
    public static Result<byte[]> render(ReportFormat format, Dossier dossier, ReportRenderer renderer, RenderOptions options) {
        return build(format, dossier, options).map(report -> renderer.renderToBytes(report, options));
    }
}
