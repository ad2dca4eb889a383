package nl.sociaaldomein.atelier.io.support;

import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import java.util.List;
import java.util.function.Supplier;
import nl.sociaaldomein.atelier.io.LocatedDocument;

/**
 * Collects every problem found while reading one document, so that the user gets all of them
 * at once. A reader walks the whole tree, reports into the context, and only builds domain
 * objects when nothing was reported: nothing is ever half-read. However many problems a file has,
 * the context keeps a bounded number of them ({@link ProblemCollector}).
 */
public final class ReadContext {

    private final LocatedDocument document;
    private final ProblemCollector problems = new ProblemCollector();

    /**
     * A context for reading one document, with no problems yet. Not thread-safe: one reader, one document.
     *
     * @param document the parsed document; problems are placed in it by JSON path
     */
    public ReadContext(LocatedDocument document) {
        this.document = document;
    }

    /**
     * The document being read.
     *
     * @return the parsed document
     */
    public LocatedDocument document() {
        return document;
    }

    /**
     * Reads the document's root as an object.
     *
     * @return the root's fields; read as empty, after an {@code input.wrong-type} problem, when the root is no object
     */
    public ObjectFields root() {
        return ObjectFields.of(this, document.root(), "");
    }

    /**
     * A problem at a JSON path, with its code and its message in Dutch and English.
     *
     * @param pointer the JSON pointer of the value at fault
     * @param code    the problem code, one of {@link FileProblem#CODES}
     * @param nl      the message in Dutch
     * @param en      the message in English
     */
    public void problem(String pointer, String code, String nl, String en) {
        problem(pointer, Mistake.of(code, nl, en));
    }

    /**
     * A required field that is missing, at its JSON path (code {@code input.missing-field}).
     *
     * @param pointer the JSON pointer the field would have; placed at its nearest parent
     * @param field   the field's name, quoted in the message
     */
    public void missing(String pointer, String field) {
        problem(pointer, "input.missing-field", "verplicht veld '" + field + "' ontbreekt", "required field '" + field + "' is missing");
    }

    /**
     * A problem at a JSON path.
     *
     * @param pointer the JSON pointer of the value at fault
     * @param mistake what is wrong, with its code and message
     */
    public void problem(String pointer, Mistake mistake) {
        problems.add(document.problemAt(pointer, mistake.code(), mistake.text()));
    }

    /**
     * Whether anything was reported; a reader builds nothing when there was.
     *
     * @return whether there is at least one problem
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * How many problems were reported, including those not kept; readers compare it before and after a part.
     *
     * @return the count, capped at {@link Integer#MAX_VALUE}
     */
    public int problemCount() {
        return (int) Math.min(Integer.MAX_VALUE, problems.total());
    }

    /**
     * The problems kept, ending with one that says how many were left out when there were too many.
     *
     * @return the problems, in the order they were found (file order once some were left out)
     */
    public List<Problem> problems() {
        return problems.problems(document.sourceName());
    }

    /**
     * The result: the problems if there are any, otherwise the value built by {@code build}. A
     * consistency check that still fails while building (a domain {@code @Value.Check}) becomes a
     * problem at {@code pointer} rather than an exception.
     *
     * @param <T>     what the document becomes
     * @param pointer where a failing consistency check is placed ({@code input.inconsistent})
     * @param build   builds the value; called only when there are no problems
     * @return the value, or every problem reported
     */
    public <T> Result<T> result(String pointer, Supplier<T> build) {
        if (hasProblems()) {
            return Result.failed(problems());
        }
        try {
            return Result.ok(build.get());
        } catch (IllegalStateException | IllegalArgumentException e) {
            problem(pointer, Mistake.ofRule("input.inconsistent", e.getMessage()));
            return Result.failed(problems());
        }
    }
}
