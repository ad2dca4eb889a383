package nl.sociaaldomein.atelier.examples.cli;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.render.Reports;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.text.Printable;

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
    private final OutputFiles files;

    ReportPrinter(Renderers renderers, Progress progress) {
        this(renderers, progress, new OutputFiles(OutputFiles.DISK));
    }

    ReportPrinter(Renderers renderers, Progress progress, OutputFiles files) {
        this.renderers = renderers;
        this.progress = progress;
        this.files = files;
    }

    /**
     * Builds and writes the reports; steps {@code firstStep..} of {@code totalSteps} on the progress bar.
     * {@code inputs} are the files the run read: {@code --out} may not name one of them.
     */
    void print(Dossier dossier, Map<String, ReportFormat> formats, List<String> ids, OutputOptions options,
               PrintWriter out, PrintWriter err, int firstStep, int totalSteps, List<Path> inputs) {
        // The output options accept only the renderers' ids: an unknown one here is a programming error.
        ReportRenderer renderer = renderers.forFormat(options.rendererId()).orElseThrow();
        RenderOptions renderOptions = options.renderOptions();
        checkKnown(formats, ids, options);
        List<Rendered> rendered = new ArrayList<>();
        int step = firstStep;
        for (Map.Entry<String, Report> report : build(dossier, formats, ids, renderOptions).entrySet()) {
            progress.step(step++, totalSteps, "report " + report.getKey());
            rendered.add(new Rendered(report.getKey(), new String(renderer.renderToBytes(report.getValue(), renderOptions), StandardCharsets.UTF_8)));
        }
        progress.finish();
        write(rendered, renderer, options, out, err, inputs);
    }

    /** Report ids the profile lacks are a usage error (exit 2). */
    static void checkKnown(Map<String, ReportFormat> formats, List<String> ids, OutputOptions options) {
        List<String> unknown = ids.stream().filter(id -> !formats.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            // Which reports exist depends on the profile, so this is known only now; it is still the command line's mistake.
            throw options.usage("--report: unknown report " + String.join(", ", unknown) + "; profile has: "
                + String.join(", ", formats.keySet()));
        }
    }

    /**
     * Every asked report, built and in the order asked, or the first that cannot be made from the
     * dossier as bad input: nothing is written unless all can be made.
     */
    static Map<String, Report> build(Dossier dossier, Map<String, ReportFormat> formats, List<String> ids, RenderOptions options) {
        Map<String, Report> built = new LinkedHashMap<>();
        for (ReportFormat format : chosen(formats, ids)) {
            // Built in the language it is rendered in: the options are the one choice of it.
            Result<Report> report = Reports.build(format, dossier, options);
            if (report.isFailed()) {
                // Problems are in English, as the readers' and the run's are: one language on standard error.
                throw new BadInputException(report.problems().stream().map(problem -> problem.describe(Locale.ENGLISH)).toList());
            }
            built.put(format.id(), report.orElseThrow());
        }
        return built;
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

    private void write(List<Rendered> rendered, ReportRenderer renderer, OutputOptions options, PrintWriter out, PrintWriter err,
                       List<Path> inputs) {
        String id = renderer.formatId();
        boolean oneDocument = rendered.size() == 1 || id.equals("markdown") || id.equals("json");
        if (options.toStandardOutput()) {
            if (oneDocument) {
                out.print(rendered.size() == 1 ? rendered.get(0).text() : joined(id, rendered));
            } else {
                for (int i = 0; i < rendered.size(); i++) {
                    out.print((i > 0 ? "\n" : "") + rendered.get(i).text());
                }
            }
            out.flush();
            return;
        }
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        if (oneDocument) {
            targets.put(options.out, (rendered.size() == 1 ? rendered.get(0).text() : joined(id, rendered)).getBytes(StandardCharsets.UTF_8));
        } else {
            for (Rendered r : rendered) {
                targets.put(perReport(options.out, r.id()), r.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        refuseInputs(targets.keySet(), inputs, options);
        try {
            files.writeAll(targets);
        } catch (OutputFiles.FileFailure e) {
            throw new BadInputException("cannot write " + e.file() + ": " + why(e.reason()));
        }
        for (Path file : targets.keySet()) {
            err.println(Printable.escaped("atelier: wrote " + file));
        }
        err.flush();
    }

    /** Writing a report over the file it was made from would destroy the input: a mistake on the command line. */
    private static void refuseInputs(Iterable<Path> targets, List<Path> inputs, OutputOptions options) {
        for (Path target : targets) {
            for (Path input : inputs) {
                if (sameFile(target, input)) {
                    throw options.usage("--out " + options.out + " would overwrite the input file " + input
                        + "; write the report to another file");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
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
