package nl.sociaaldomein.atelier.examples.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * Builds the asked reports from a dossier and writes them in one output format. Several reports
 * in one run: Markdown is one document with a rule ({@code ---}) between the reports; JSON is one
 * array of report objects (a single report is its object alone); HTML and CSV are one document per
 * report, written one after another on standard output, or with {@code --out out/x.csv} to
 * {@code out/x-<report-id>.csv} each.
 */
final class ReportPrinter {

    static final String MARKDOWN_SEPARATOR = "\n---\n\n";

    private final Renderers renderers;
    private final Progress progress;

    ReportPrinter(Renderers renderers, Progress progress) {
        this.renderers = renderers;
        this.progress = progress;
    }

    /** Builds and writes the reports; steps {@code firstStep..} of {@code totalSteps} on the progress bar. */
    void print(Dossier dossier, Map<String, ReportFormat> formats, List<String> ids, OutputOptions options,
               PrintWriter out, PrintWriter err, int firstStep, int totalSteps) {
        ReportRenderer renderer = renderers.forFormat(options.rendererId())
            .getOrElseThrow(message -> new IllegalStateException(message));
        RenderOptions renderOptions = options.renderOptions();
        List<ReportFormat> chosen = chosen(formats, ids);
        List<Rendered> rendered = new ArrayList<>();
        int step = firstStep;
        for (ReportFormat format : chosen) {
            progress.step(step++, totalSteps, "report " + format.id());
            Either<String, Report> report = format.build(dossier, renderOptions.locale());
            if (report.isLeft()) {
                throw new BadInputException("report " + format.id() + ": " + report.getLeft());
            }
            rendered.add(new Rendered(format.id(), new String(renderer.renderToBytes(report.get(), renderOptions), StandardCharsets.UTF_8)));
        }
        progress.finish();
        write(rendered, renderer, options, out, err);
    }

    private static List<ReportFormat> chosen(Map<String, ReportFormat> formats, List<String> ids) {
        List<ReportFormat> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            ReportFormat format = formats.get(id);
            if (format == null) {
                unknown.add(id);
            } else {
                chosen.add(format);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadInputException("atelier: unknown report " + String.join(", ", unknown) + "; this profile has: "
                + String.join(", ", formats.keySet()));
        }
        return chosen;
    }

    private static void write(List<Rendered> rendered, ReportRenderer renderer, OutputOptions options, PrintWriter out, PrintWriter err) {
        String id = renderer.formatId();
        boolean oneDocument = rendered.size() == 1 || id.equals("markdown") || id.equals("json");
        if (oneDocument) {
            String text = rendered.size() == 1 ? rendered.get(0).text() : joined(id, rendered);
            if (options.out == null) {
                out.print(text);
                out.flush();
            } else {
                writeFile(options.out, text, err);
            }
            return;
        }
        for (int i = 0; i < rendered.size(); i++) {
            Rendered r = rendered.get(i);
            if (options.out == null) {
                out.print((i > 0 ? "\n" : "") + r.text());
            } else {
                writeFile(perReport(options.out, r.id()), r.text(), err);
            }
        }
        out.flush();
    }

    private static String joined(String formatId, List<Rendered> rendered) {
        List<String> texts = rendered.stream().map(Rendered::text).map(String::stripTrailing).toList();
        return formatId.equals("json") ? "[\n" + String.join(",\n", texts) + "\n]\n" : String.join("\n" + MARKDOWN_SEPARATOR, texts) + "\n";
    }

    /** {@code out/x.csv} for report {@code a} becomes {@code out/x-a.csv}. */
    static Path perReport(Path out, String reportId) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String file = dot > 0 ? name.substring(0, dot) + "-" + reportId + name.substring(dot) : name + "-" + reportId;
        return out.resolveSibling(file);
    }

    private static void writeFile(Path file, String text, PrintWriter err) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + why(e));
        }
        err.println("atelier: wrote " + file);
        err.flush();
    }

    /** The file system's exceptions often carry only a path as their message; say what went wrong. */
    private static String why(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to write " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + " cannot be created there";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }

    private record Rendered(String id, String text) {
    }
}
