package nl.sociaaldomein.atelier.io.support;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Printable;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Builds the {@link Problem} a reader reports about a file, and handles lists of them: kind
 * INVALID, placed in the file at its line, column (1-based; 0 when not known) and JSON path (a JSON
 * Pointer such as {@code /initiatives/12/requestedAmount}, the same for YAML), with a stable code
 * and the message in Dutch and English.
 *
 * <p>Messages quote what the file holds, and a file may hold terminal escapes: every control
 * character, direction control and lone surrogate in the file name, path and message is shown
 * escaped ({@code \u001b}, see {@link Printable#escaped}), so printing a problem never acts on
 * the terminal and a problem is always one line.
 */
public final class FileProblem {

    /** The code of the last problem of a list that was cut short ({@link #omitted}). */
    public static final String MORE_NOT_LISTED = "input.more-not-listed";

    /**
     * Every code a reader gives (docs/embedding.md lists them with their meaning). A round file's
     * own checks (its call, {@code Call.validate}) keep the domain's codes ({@code call.*}).
     */
    public static final Set<String> CODES = Set.of(
        "input.file-unreadable", "input.empty-file", "input.too-large", "input.encoding", "input.syntax", "input.yaml-feature",
        "input.number-form", "input.duplicate-field", "input.unknown-field", "input.missing-field", "input.wrong-type",
        "input.empty-value", "input.unknown-value", "input.not-allowed", "input.format-marker", "input.amount-invalid",
        "input.date-invalid", "input.code-invalid", "input.out-of-range", "input.duplicate-id", "input.reference-unknown",
        "input.file-reference", "input.provenance-missing", "input.threshold-invalid", "input.inconsistent", MORE_NOT_LISTED);

    private static final Comparator<Problem> FILE_ORDER = Comparator.comparing(FileProblem::isOmittedCount)
        .thenComparingInt((Problem p) -> p.place().line()).thenComparingInt(p -> p.place().column());

    private FileProblem() {
    }

    /**
     * A problem in a file, its file name, path and message escaped.
     *
     * @param file    the file's name as the user gave it
     * @param line    the 1-based line, or 0 when not known
     * @param column  the 1-based column, or 0 when not known
     * @param path    the JSON pointer of the value at fault ({@code ""} for the whole file)
     * @param code    the problem code, one of {@link #CODES}
     * @param message the message in Dutch and English
     * @return the problem, of kind {@code INVALID}
     */
    public static Problem at(String file, int line, int column, String path, String code, Text message) {
        Objects.requireNonNull(message, "message");
        return new Problem(code, ProblemKind.INVALID,
            Place.inFile(Printable.escaped(Objects.requireNonNull(file, "file")), line, column, Printable.escaped(Objects.requireNonNull(path, "path"))),
            Text.of(Printable.escaped(message.nl()), Printable.escaped(message.en())));
    }

    /**
     * A problem in a file with its message in Dutch and English.
     *
     * @param file   the file's name as the user gave it
     * @param line   the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param path   the JSON pointer of the value at fault
     * @param code   the problem code, one of {@link #CODES}
     * @param nl     the message in Dutch
     * @param en     the message in English
     * @return the problem, escaped as {@link #at(String, int, int, String, String, Text)} does
     */
    public static Problem at(String file, int line, int column, String path, String code, String nl, String en) {
        return at(file, line, column, path, code, Text.of(nl, en));
    }

    /**
     * The last problem of a list that was cut short, saying how many more there were: a reader
     * keeps a bounded number of problems ({@link ProblemCollector}), however many a file has.
     *
     * @param file  the file's name
     * @param count how many problems were left out
     * @return the problem with code {@link #MORE_NOT_LISTED}
     */
    public static Problem omitted(String file, long count) {
        return at(file, 0, 0, "", MORE_NOT_LISTED,
            "… en nog " + count + (count == 1 ? " probleem" : " problemen") + " die niet zijn opgesomd",
            "… and " + count + " more problem" + (count == 1 ? "" : "s") + " not listed");
    }

    /**
     * Whether a problem only says how many more were left out ({@link #omitted}).
     *
     * @param problem any problem
     * @return whether its code is {@link #MORE_NOT_LISTED}
     */
    public static boolean isOmittedCount(Problem problem) {
        return MORE_NOT_LISTED.equals(problem.code());
    }

    /**
     * How many problems one stands for: the count it names when it says some were left out, else 1.
     *
     * @param problem any problem
     * @return 1, or the count an {@link #omitted} problem names
     */
    public static long count(Problem problem) {
        if (!isOmittedCount(problem)) {
            return 1;
        }
        String en = problem.message().en();
        int start = "… and ".length();
        return Long.parseLong(en.substring(start, en.indexOf(' ', start)));
    }

    /**
     * How many problems a list stands for, counting those a reader left out.
     *
     * @param problems a reader's problems
     * @return the total, so a summary can count every problem although only the first are listed
     */
    public static long total(List<Problem> problems) {
        return problems.stream().mapToLong(FileProblem::count).sum();
    }

    /**
     * Sorted as people read a file, top to bottom (stable: problems at one place keep their order);
     * the count of problems left out stays last.
     *
     * @param problems problems, in any order
     * @return the same problems by line and column
     */
    public static List<Problem> inFileOrder(List<Problem> problems) {
        return problems.stream().sorted(FILE_ORDER).toList();
    }

    /**
     * A reader's result with its problems {@link #inFileOrder in file order}.
     *
     * @param <T>    what was read
     * @param result a reader's result
     * @return the same result; when failed, its problems sorted by line and column
     */
    public static <T> Result<T> inFileOrder(Result<T> result) {
        return result.isFailed() ? Result.failed(inFileOrder(result.problems())) : result;
    }

    /**
     * {@code portfolio.yaml:12:7: /initiatives/3/requestedAmount: het bedrag mag niet negatief zijn: -5}:
     * the layout of a compiler's message, in the caller's language (Dutch unless the locale is English).
     *
     * @param problem a problem, usually placed in a file
     * @param locale  the reader's language
     * @return one line: file, line and column when known, JSON path when known, and the message
     */
    public static String describe(Problem problem, Locale locale) {
        Place place = problem.place();
        StringBuilder out = new StringBuilder(place.file().orElse(""));
        if (place.line() > 0) {
            out.append(':').append(place.line());
            if (place.column() > 0) {
                out.append(':').append(place.column());
            }
        }
        if (out.length() > 0) {
            out.append(": ");
        }
        if (!place.path().isEmpty()) {
            out.append(place.path()).append(": ");
        }
        return out.append(problem.message(locale)).toString();
    }
}
