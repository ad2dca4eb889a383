package nl.sociaaldomein.atelier.experiment;

import io.vavr.control.Either;
import java.util.List;
import java.util.stream.Collectors;

/** Several schemes in one register, as in Oost Gelre's table of 2018 (plain "1)" next to "14-3"). */
final class AnyOfNumbering implements ExperimentNumbering {

    private final List<ExperimentNumbering> schemes;

    AnyOfNumbering(List<ExperimentNumbering> schemes) {
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("anyOf needs at least one numbering scheme");
        }
        this.schemes = List.copyOf(schemes);
    }

    @Override
    public Either<String, ExperimentNumber> parse(String text) {
        for (ExperimentNumbering scheme : schemes) {
            Either<String, ExperimentNumber> parsed = scheme.parse(text);
            if (parsed.isRight()) {
                return parsed;
            }
        }
        return Either.left("'" + (text == null ? "" : text.strip()) + "' is not a number of the form " + describe());
    }

    @Override
    public String format(ExperimentNumber number) {
        for (ExperimentNumbering scheme : schemes) {
            try {
                return scheme.format(number);
            } catch (IllegalArgumentException notThisScheme) {
                // try the next scheme: each formats only its own kind of number
            }
        }
        throw new IllegalArgumentException("no scheme of " + describe() + " writes " + number);
    }

    @Override
    public String describe() {
        return schemes.stream().map(ExperimentNumbering::describe).collect(Collectors.joining(" or "));
    }
}
