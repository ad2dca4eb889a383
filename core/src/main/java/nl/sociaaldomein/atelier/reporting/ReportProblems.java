package nl.sociaaldomein.atelier.reporting;

import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The problems a {@link ReportFormat} reports instead of a report, placed at the format
 * ({@code report-format 'decisions'}) with the codes listed in docs/embedding.md. A profile's own
 * formats use them too, so that every format refuses in the same words and with the same codes.
 */
public final class ReportProblems {

    private ReportProblems() {
    }

    /**
     * {@code report.dossier-incomplete}: the dossier lacks what the format needs, e.g. "het
     * dossier heeft geen ronde" / "the dossier has no round".
     *
     * @param formatId the format
     * @param what     what the dossier lacks, in Dutch and English
     * @return the problem, placed at the format
     */
    public static Problem dossierIncomplete(String formatId, Text what) {
        return Problem.invalid("report.dossier-incomplete", at(formatId), what.nl(), what.en());
    }

    /**
     * {@link #dossierIncomplete} as a failed result.
     *
     * @param <T>      the type the report would have had
     * @param formatId the format
     * @param what     what the dossier lacks, in Dutch and English
     * @return the failed result
     */
    public static <T> Result<T> lacks(String formatId, Text what) {
        return Result.failed(dossierIncomplete(formatId, what));
    }

    /**
     * {@code report.amount-out-of-range}: a figure of the report does not fit the library's range of money.
     *
     * @param formatId the format
     * @param detail   which figure, in words
     * @return the problem, placed at the format
     */
    public static Problem amountOutOfRange(String formatId, String detail) {
        return Problem.invalid("report.amount-out-of-range", at(formatId),
            "een bedrag past niet in het bereik van de bibliotheek (" + detail + ")",
            "an amount does not fit the library's range (" + detail + ")");
    }

    /**
     * Where a format's problem is: the format, by id.
     *
     * @param formatId the format's id
     * @return the place
     */
    public static Place at(String formatId) {
        return Place.about("report-format", formatId);
    }
}
