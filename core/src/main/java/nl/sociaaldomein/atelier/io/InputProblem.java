package nl.sociaaldomein.atelier.io;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.text.Printable;
import nl.sociaaldomein.atelier.text.Text;

/**
 * One thing wrong with an input file, with where it is: the file, line and column (1-based; 0
 * when not known), the JSON path (a JSON Pointer such as {@code /initiatives/12/requestedAmount},
 * the same for YAML), a stable code naming the kind of mistake ({@code input.unknown-field}; the
 * list is in docs/embedding.md) and a message a civil servant understands, in Dutch and English.
 *
 * <p>Messages quote what the file holds, and a file may hold terminal escapes: every control
 * character, direction control and lone surrogate in the file name, path and message is shown
 * escaped ({@code \u001b}, see {@link Printable#escaped}), so printing a problem never acts on
 * the terminal and a problem is always one line.
 *
 * @param file the file's name as the caller gave it
 * @param line the line, 1-based; 0 when not known
 * @param column the column, 1-based; 0 when not known
 * @param path the JSON Pointer of the value; empty for the whole file
 * @param code the stable code of this kind of mistake
 * @param text the message in Dutch and English
 */
public record InputProblem(String file, int line, int column, String path, String code, Text text) {

    /** The code of the last problem of a list that was cut short. */
    public static final String MORE_NOT_LISTED = "input.more-not-listed";

    /** Escapes what the file holds and checks the code's form (a {@link Problem}'s). */
    public InputProblem {
        file = Printable.escaped(Objects.requireNonNull(file, "file"));
        path = Printable.escaped(Objects.requireNonNull(path, "path"));
        Objects.requireNonNull(text, "text");
        text = Text.of(Printable.escaped(text.nl()), Printable.escaped(text.en()));
        // The same rule as a Problem's code, checked now so that a bad one fails where it is written.
        new Problem(Objects.requireNonNull(code, "code"), ProblemKind.INVALID, Place.NOWHERE, text);
    }

    /** A problem with its message in Dutch and English. */
    public InputProblem(String file, int line, int column, String path, String code, String nl, String en) {
        this(file, line, column, path, code, Text.of(nl, en));
    }

    /**
     * The last problem of a list that was cut short, saying how many more there were: a reader
     * keeps a bounded number of problems ({@code ProblemCollector}), however many a file has.
     */
    public static InputProblem omitted(String file, long count) {
        return new InputProblem(file, 0, 0, "", MORE_NOT_LISTED,
            "… en nog " + count + (count == 1 ? " probleem" : " problemen") + " die niet zijn opgesomd",
            "… and " + count + " more problem" + (count == 1 ? "" : "s") + " not listed");
    }

    /** The message in English: the wording the readers' tests and logs compare. */
    public String message() {
        return text.en();
    }

    /** The message in the caller's language: English for an English locale, Dutch otherwise. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /**
     * This problem as the library's one problem type: its code, kind INVALID, placed in the file
     * at its line, column and JSON path, with its Dutch and English message.
     */
    public Problem toProblem() {
        return new Problem(code, ProblemKind.INVALID, Place.inFile(file, line, column, path), text);
    }

    /** Every problem of a reader's list as the library's problem type, in the same order. */
    public static List<Problem> toProblems(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::toProblem).toList();
    }

    /** Whether this problem only says how many more were left out ({@link #omitted}). */
    public boolean isOmittedCount() {
        return MORE_NOT_LISTED.equals(code);
    }

    /** How many problems this one stands for: the count it names when it says some were left out, else 1. */
    public long count() {
        if (!isOmittedCount()) {
            return 1;
        }
        String en = text.en();
        int start = "… and ".length();
        return Long.parseLong(en.substring(start, en.indexOf(' ', start)));
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

    /**
     * {@code portfolio.yaml:12:7: /initiatives/3/requestedAmount: het bedrag mag niet negatief zijn: -5}
     * in the caller's language (Dutch unless the locale is English).
     */
    public String describe(Locale locale) {
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
        return out.append(text.in(locale)).toString();
    }

    /** {@code portfolio.yaml:12:7: /initiatives/3/requestedAmount: amount must not be negative: -5}, in English. */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
