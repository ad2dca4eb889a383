package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.springframework.stereotype.Service;

/**
 * Every report format of the profile, in every renderer's format (Markdown, HTML with its charts,
 * CSV, JSON), for the public: a private person is "Particulier". A format is built from the
 * round's dossier or, for the experiments' formats, from the register's, whichever it reads.
 */
@Service
public class ReportDesk {

    private final LoadedProfile profile;
    private final RoundDesk round;
    private final ExperimentsDesk experiments;
    private final Renderers renderers = Renderers.standard();

    public ReportDesk(LoadedProfile profile, RoundDesk round, ExperimentsDesk experiments) {
        this.profile = profile;
        this.round = round;
        this.experiments = experiments;
    }

    /** A report that can be made, with a line saying what it shows. */
    public record Available(String id, String description) {
    }

    public List<Available> available(Locale locale) {
        List<Available> out = new ArrayList<>();
        profile.reportFormats().forEach((id, format) -> {
            if (build(format, round.decisionDate(), Optional.empty(), locale).isOk()) {
                out.add(new Available(id, format.description(locale)));
            }
        });
        return out;
    }

    /** The renderers' formats: markdown, html, csv, json. */
    public List<String> renderings() {
        return renderers.formatIds();
    }

    /** A rendered report: its bytes, media type and a file name. */
    public record Rendered(byte[] bytes, String mediaType, String fileName) {
    }

    /**
     * The report {@code formatId} rendered as {@code rendering}, as of {@code asOf} (the decision
     * date when empty) and as known at {@code knownAt}.
     *
     * @throws ProblemException when the format or rendering is unknown (404), or with the format's problems when the
     *     dossier lacks what it needs (422)
     */
    public Rendered render(String formatId, String rendering, Optional<LocalDate> asOf, Optional<Instant> knownAt, Locale locale) {
        ReportFormat format = profile.reportFormat(formatId).orElseThrow(() -> notFound("report.unknown-format", "report", formatId,
            "onbekend rapport; de rapporten zijn: " + String.join(", ", profile.reportFormats().keySet()),
            "unknown report; the reports are: " + String.join(", ", profile.reportFormats().keySet())));
        ReportRenderer renderer = renderers.forFormat(rendering).toOptional().orElseThrow(() -> notFound("report.unknown-rendering",
            "format", rendering, "onbekend formaat; de formaten zijn: " + String.join(", ", renderings()),
            "unknown format; the formats are: " + String.join(", ", renderings())));
        // What the dossier lacks is the format's own problem, in both languages (report.dossier-incomplete).
        Report report = build(format, asOf.orElse(round.decisionDate()), knownAt, locale).orElseThrow();
        byte[] bytes = renderer.renderToBytes(report, RenderOptions.defaults().withLocale(locale));
        return new Rendered(bytes, renderer.mediaType(), formatId + "." + renderer.fileExtension());
    }

    private Result<Report> build(ReportFormat format, LocalDate asOf, Optional<Instant> knownAt, Locale locale) {
        Dossier fromRound = round.dossier(asOf, knownAt);
        Result<Report> built = format.build(fromRound, locale);
        if (built.isOk()) {
            return built;
        }
        Result<Report> fromRegister = format.build(experiments.dossier(experiments.reportDate()), locale);
        return fromRegister.isOk() ? fromRegister : built;
    }

    private static ProblemException notFound(String code, String kind, String id, String nl, String en) {
        return new ProblemException(List.of(Problem.notFound(code, Place.about(kind, id), nl, en)));
    }
}
