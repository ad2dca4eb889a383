package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.text.Printable;

/** What {@code run} and {@code replay} share: read, run through the profile, print the reports. */
final class Pipeline {

    private Pipeline() {
    }

    /** Every file the run reads: none of them may be overwritten by its report. */
    private static List<Path> inputs(InputSource source, InputSource.Parsed parsed, OutputOptions options) {
        List<Path> inputs = new ArrayList<>(source.files(parsed.document()));
        inputs.addAll(options.alsoRead());
        return inputs;
    }

    /**
     * @param reports the report ids to print; empty for the profile's defaults
     * @param asOf    the day the reports describe; empty for the file's own
     */
    static void run(Components components, InputSource source, LoadedProfile profile, List<String> reports,
                    Optional<LocalDate> asOf, OutputOptions options, PrintWriter out, PrintWriter err) {
        run(components, source, profile, reports, asOf, options, out, err, RoundLedgers.IN_MEMORY);
    }

    /**
     * As above, a round posted to the ledger {@code ledgers} gives. When that ledger is kept, the
     * run and the reports are first made on a ledger that is thrown away, so that a round or a
     * report that is refused leaves the kept ledger as it was.
     */
    static void run(Components components, InputSource source, LoadedProfile profile, List<String> reports,
                    Optional<LocalDate> asOf, OutputOptions options, PrintWriter out, PrintWriter err, RoundLedgers ledgers) {
        Progress progress = components.progress().apply(err);
        try {
            progress.step(0, 3, "reading " + Printable.escaped(source.name()));
            InputSource.Parsed parsed = Dossiers.orProblems(source.name(), source.parse());
            progress.step(1, 3, "running " + parsed.kind().noun());
            Map<String, ReportFormat> formats = profile.formats();
            if (ledgers != RoundLedgers.IN_MEMORY && parsed.kind() == FileKind.ROUND) {
                Dossier trial = Dossiers.make(parsed, profile, asOf);
                List<String> ids = reports.isEmpty() ? DefaultReports.choose(profile.profile().id(), trial, formats.keySet()) : reports;
                ReportPrinter.checkKnown(formats, ids, options);
                ReportPrinter.build(trial, formats, ids, options.renderOptions());
            }
            Dossier dossier = Dossiers.make(parsed, profile, asOf, ledgers);
            List<String> ids = reports.isEmpty()
                ? DefaultReports.choose(profile.profile().id(), dossier, formats.keySet()) : reports;
            new ReportPrinter(components.renderers(), progress)
                .print(dossier, formats, ids, options, out, err, 2, 2 + ids.size(), inputs(source, parsed, options));
        } finally {
            progress.finish();
        }
    }
}
