package nl.sociaaldomein.atelier.experiment;

import io.vavr.control.Either;
import java.util.List;

/**
 * How a municipality numbers its experiments: reads a number as written, writes it back, and
 * says what is wrong with a malformed one. A profile binds one; Oost Gelre's register mixes both
 * schemes, so it binds {@code anyOf(plain(")"), yearBased())}.
 */
public interface ExperimentNumbering {

    /** Reads a number; a malformed one is refused with a message naming the expected form. */
    Either<String, ExperimentNumber> parse(String text);

    /** Writes a number as this scheme prints it; refuses (IllegalArgumentException) a number of another scheme. */
    String format(ExperimentNumber number);

    /** A short description for messages, e.g. "1, 2, … (optionally written 1))". */
    String describe();

    default boolean isValid(String text) {
        return parse(text).isRight();
    }

    /** Plain serial numbers; {@code suffix} is how they are printed after the digits, e.g. ")" in "1)". */
    static ExperimentNumbering plain(String suffix) {
        return new PlainNumbering(suffix);
    }

    /** Year-based numbers {@code yy-n}, such as {@code 14-3}, for the years 2000–2099. */
    static ExperimentNumbering yearBased() {
        return new YearBasedNumbering();
    }

    /** Accepts a number in the first scheme that reads it; formats with the scheme of its kind. */
    static ExperimentNumbering anyOf(ExperimentNumbering... schemes) {
        return new AnyOfNumbering(List.of(schemes));
    }
}
