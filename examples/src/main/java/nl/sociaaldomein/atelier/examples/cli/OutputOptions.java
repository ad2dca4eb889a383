package nl.sociaaldomein.atelier.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.render.RenderOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every report-printing command shares; a wrong value is a usage error (exit 2). */
final class OutputOptions {

    /** The user's names for the renderers' format ids. */
    static final Map<String, String> FORMATS = Map.of("md", "markdown", "html", "html", "csv", "csv", "json", "json");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "md|html|csv|json", defaultValue = "md",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (parent folders are created; '-' is standard output) "
        + "instead of standard output. The file is replaced only once the report is complete.")
    Path out;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Language of the report (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--audience", paramLabel = "public|internal", defaultValue = "public",
        description = "public shows a natural person as \"Particulier\"; internal shows names (default: ${DEFAULT-VALUE}).")
    String audience;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day the report describes: 30-06-2016 or 2016-06-30 (default: the file's own date).")
    String asOf;

    @Option(names = "--report", paramLabel = "ID", split = ",", description = "The report(s) to print, e.g. grants-annex,round-summary (default: the profile's main reports).")
    List<String> reports; // null when --report is not given: "--report ," names no report and is refused

    /** Files the command reads besides its input (a thresholds file): {@code --out} may not overwrite them either. */
    private final List<Path> alsoRead = new ArrayList<>();

    void alsoReads(Optional<Path> file) {
        file.ifPresent(alsoRead::add);
    }

    List<Path> alsoRead() {
        return List.copyOf(alsoRead);
    }

    /**
     * The store is read and written by the command: {@code --out} naming it (or the files beside it
     * SQLite keeps) would destroy it, a usage error found before anything is done.
     */
    void refuseStore(Optional<Path> store) {
        alsoReads(store);
        if (store.isEmpty() || toStandardOutput()) {
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        Path file = store.get().toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            if (target.equals(Path.of(file + suffix))) {
                throw usage("--out " + out + " would overwrite the store " + store.get() + "; write the report to another file");
            }
        }
    }

    /** No {@code --out}, or {@code --out -}: the reports go to standard output. */
    boolean toStandardOutput() {
        return out == null || out.toString().equals("-");
    }

    /** The report ids asked for; empty for the defaults. */
    List<String> reports() {
        return reports == null ? List.of() : List.copyOf(reports);
    }

    /** The renderer's format id: {@code markdown}, {@code html}, {@code csv} or {@code json}. */
    String rendererId() {
        String id = FORMATS.get(format);
        if (id == null) {
            throw usage("--format must be md, html, csv or json, not '" + format + "'");
        }
        return id;
    }

    RenderOptions renderOptions() {
        Locale locale;
        switch (lang) {
            case "nl": locale = RenderOptions.DUTCH; break;
            case "en": locale = Locale.ENGLISH; break;
            default: throw usage("--lang must be nl or en, not '" + lang + "'");
        }
        Audience who;
        switch (audience) {
            case "public": who = Audience.PUBLIC; break;
            case "internal": who = Audience.INTERNAL; break;
            default: throw usage("--audience must be public or internal, not '" + audience + "'");
        }
        return new RenderOptions(locale, who);
    }

    Optional<LocalDate> asOfDate() {
        if (asOf == null) {
            return Optional.empty();
        }
        return Optional.of(PartialDate.parseDay(asOf)
            .toOptional().orElseThrow(() -> usage("--as-of needs a day such as 30-06-2016 or 2016-06-30, not '" + asOf + "'")));
    }

    /** Checks every option now, so a wrong value stops the command before any work. */
    void check() {
        if (reports != null && (reports.isEmpty() || reports.stream().anyMatch(String::isBlank))) {
            throw usage("--report needs report ids such as grants-annex,round-summary, not an empty one");
        }
        if (reports != null) {
            reports.stream().filter(id -> reports.indexOf(id) != reports.lastIndexOf(id)).findFirst().ifPresent(twice -> {
                // Printed twice, or written twice to the same file: either way not what was meant.
                throw usage("--report names '" + twice + "' more than once");
            });
        }
        if (out != null && out.toString().isBlank()) {
            throw usage("--out needs a file name (or - for standard output)");
        }
        rendererId();
        renderOptions();
        asOfDate();
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
