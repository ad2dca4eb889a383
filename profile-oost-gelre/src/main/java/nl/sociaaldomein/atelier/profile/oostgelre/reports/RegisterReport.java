package nl.sociaaldomein.atelier.profile.oostgelre.reports;

import java.util.Locale;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/** What the three register reports share: the register from the dossier, the published texts, the heading. */
final class RegisterReport {

    private RegisterReport() {
    }

    /** The dossier's register, or the problem saying the format needs one ({@code report.dossier-incomplete}). */
    static Result<ExperimentRegister> register(Dossier dossier, String formatId) {
        return dossier.register().<Result<ExperimentRegister>>map(Result::ok).orElseGet(() -> ReportProblems.lacks(formatId,
            new Text("'" + formatId + "' heeft een register van experimenten nodig; dit dossier heeft er geen",
                "'" + formatId + "' needs an experiments register; this dossier has none")));
    }

    static ReportMetadata metadata(Dossier dossier) {
        return ReportMetadata.builder().municipality(dossier.municipality()).date(PartialDate.of(dossier.asOf())).build();
    }

    /** The number as published ("1)", "14-3"); the scheme's own text for an experiment without a published row. */
    static String number(Experiment e) {
        return e.published().map(row -> row.number()).orElseGet(() -> e.number().toString());
    }

    /**
     * A published date exactly as written ("1-4-2015", "2016", "Maart 2018", empty). Text cells,
     * not date cells: the renderers pad days and lower-case months ("01-04-2015", "maart 2018"),
     * and the status table shows the memo as published. Without a published row, a date cell.
     */
    static Cell start(Experiment e) {
        return e.published().map(row -> Cell.text(row.start())).orElseGet(() -> Cell.date(e.start()));
    }

    static Cell end(Experiment e) {
        return e.published().map(row -> Cell.text(row.end())).orElseGet(() -> Cell.date(e.plannedEnd()));
    }

    /** The start as published ("4-2-2015"), or as the library writes it without a published row. */
    static String publishedStart(Experiment e) {
        return e.published().map(row -> row.start()).orElseGet(() -> e.start().toString());
    }

    /** The outcome text as published; without a published row, the state's code. */
    static String outcome(Experiment e) {
        return e.published().map(row -> row.outcome()).orElseGet(() -> e.state().name());
    }

    /** The register's source, cited by file name and quoted phrase. */
    static String source(ExperimentRegister register, Locale locale) {
        return new Text("Bron", "Source").in(locale) + ": " + register.source().file() + ", \"" + register.source().quote() + "\"";
    }
}
