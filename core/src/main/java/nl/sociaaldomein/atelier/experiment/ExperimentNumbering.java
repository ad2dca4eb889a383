package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * How a municipality numbers its experiments: reads a number as written, writes it back, and
 * says what is wrong with a malformed one. A profile binds one; Oost Gelre's register mixes both
 * schemes, so it binds {@code anyOf(plain(")"), yearBased())}.
 */
public interface ExperimentNumbering {

    /** The code of the problem a malformed number is refused with. */
    String NUMBER_INVALID = "experiment.number-invalid";

    /**
     * Reads a number; a malformed one is refused with one problem, code {@value #NUMBER_INVALID},
     * placed at the number as written (subject {@code number}), its message in Dutch and English
     * naming the expected form ({@link #refuse} builds it).
     *
     * @param text the number as written in the register, e.g. {@code 1)} or {@code 14-3}
     * @return the number, or the refusal
     */
    Result<ExperimentNumber> parse(String text);

    /**
     * Writes a number as this scheme prints it.
     *
     * @param number a number of this scheme
     * @return the number as written in the register
     * @throws IllegalArgumentException for a number of another scheme
     */
    String format(ExperimentNumber number);

    /**
     * A short description for messages, e.g. "1, 2, … (optionally written 1))".
     *
     * @return the description of the expected form
     */
    String describe();

    /**
     * The description in Dutch and English, for the refusal's message; by default
     * {@link #describe()} in both (a scheme whose description has words overrides it).
     *
     * @return the description of the expected form, in Dutch and English
     */
    default Text description() {
        return Text.of(describe(), describe());
    }

    /**
     * Whether {@link #parse} reads the text.
     *
     * @param text the number as written
     * @return true when it is a number of this scheme
     */
    default boolean isValid(String text) {
        return parse(text).isOk();
    }

    /**
     * The refusal of a malformed number {@code written}: code {@value #NUMBER_INVALID}, placed at the number.
     *
     * @param written the number as written
     * @param nl      what is wrong, in Dutch
     * @param en      what is wrong, in English
     * @return a failed result with that one problem
     */
    static Result<ExperimentNumber> refuse(String written, String nl, String en) {
        return Result.failed(Problem.invalid(NUMBER_INVALID, Place.about("number", written), nl, en));
    }

    /**
     * The refusal of a number that is not of the form {@code scheme} describes.
     *
     * @param written the number as written
     * @param scheme  the scheme whose {@link #description()} names the expected form
     * @return a failed result with one {@value #NUMBER_INVALID} problem
     */
    static Result<ExperimentNumber> notOfTheForm(String written, ExperimentNumbering scheme) {
        Text form = scheme.description();
        return refuse(written, "'" + written + "' is geen nummer van de vorm " + form.nl(),
            "'" + written + "' is not a number of the form " + form.en());
    }

    /**
     * Plain serial numbers; {@code suffix} is how they are printed after the digits, e.g. ")" in "1)".
     *
     * @param suffix what follows the digits when written; empty for none
     * @return the scheme
     */
    static ExperimentNumbering plain(String suffix) {
        return new PlainNumbering(suffix);
    }

    /**
     * Year-based numbers {@code yy-n}, such as {@code 14-3}, for the years 2000–2099.
     *
     * @return the scheme
     */
    static ExperimentNumbering yearBased() {
        return new YearBasedNumbering();
    }

    /**
     * Accepts a number in the first scheme that reads it; formats with the scheme of its kind.
     *
     * @param schemes the schemes, tried in this order
     * @return the combined scheme
     */
    static ExperimentNumbering anyOf(ExperimentNumbering... schemes) {
        return new AnyOfNumbering(List.of(schemes));
    }
}
