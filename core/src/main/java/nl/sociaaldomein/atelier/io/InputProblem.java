package nl.sociaaldomein.atelier.io;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.text.Printable;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.io.support.ProblemCollector;

/**
 * One thing wrong with an input file, with where it is: the file, line and column (1-based; 0
 * when not known), the JSON path (a JSON Pointer such as {@code /initiatives/12/requestedAmount},
 * the same for YAML), and a message a civil servant understands.
 *
 * <p>Messages quote what the file holds, and a file may hold terminal escapes: every control
 * character, direction control and lone surrogate in the file name, path and message is shown
 * escaped ({@code \u001b}, see {@link Printable#escaped}), so printing a problem never acts on
 * the terminal and a problem is always one line.
 */
public record InputProblem(String file, int line, int column, String path, String message) {

    private static final Pattern OMITTED = Pattern.compile("… and (\\d+) more problems? not listed");

    public InputProblem {
        file = Printable.escaped(Objects.requireNonNull(file, "file"));
        path = Printable.escaped(Objects.requireNonNull(path, "path"));
        message = Printable.escaped(Objects.requireNonNull(message, "message"));
    }

    /**
     * The last problem of a list that was cut short, saying how many more there were: a reader
     * keeps a bounded number of problems ({@code ProblemCollector}), however many a file has.
     */
    public static InputProblem omitted(String file, long count) {
        return new InputProblem(file, 0, 0, "", "… and " + count + " more problem" + (count == 1 ? "" : "s") + " not listed");
    }

    /**
     * This problem as the library's one problem type: code {@code input.invalid} (or
     * {@code input.more-not-listed} for the count of problems left out), placed in the file at
     * its line, column and JSON path. The readers word their messages in English only so far, so
     * the Dutch text is the English one.
     */
    public Problem toProblem() {
        String code = isOmittedCount() ? "input.more-not-listed" : "input.invalid";
        return new Problem(code, ProblemKind.INVALID, Place.inFile(file, line, column, path), Text.of(message, message));
    }

    /** Every problem of a reader's list as the library's problem type, in the same order. */
    public static List<Problem> toProblems(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::toProblem).toList();
    }

    /** Whether this problem only says how many more were left out ({@link #omitted}). */
    public boolean isOmittedCount() {
        return line == 0 && path.isEmpty() && OMITTED.matcher(message).matches();
    }

    /** How many problems this one stands for: the count it names when it says some were left out, else 1. */
    public long count() {
        if (!isOmittedCount()) {
            return 1;
        }
        Matcher m = OMITTED.matcher(message);
        m.matches();
        return Long.parseLong(m.group(1));
    }

    /** How many problems a list stands for, counting those a reader left out. */
    public static long total(List<InputProblem> problems) {
        return problems.stream().mapToLong(InputProblem::count).sum();
    }

    /**
     * Sorted as people read a file, top to bottom (stable: problems at one place keep their order);
     * the count of problems left out stays last.
     */
    public static List<InputProblem> inFileOrder(List<InputProblem> problems) {
        return problems.stream()
            .sorted(Comparator.comparing(InputProblem::isOmittedCount).thenComparingInt(InputProblem::line).thenComparingInt(InputProblem::column))
            .toList();
    }

    /** {@code portfolio.yaml:12:7: /initiatives/3/requestedAmount: amount must not be negative: -5} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
