package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

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
    public Result<ExperimentNumber> parse(String text) {
        for (ExperimentNumbering scheme : schemes) {
            Result<ExperimentNumber> parsed = scheme.parse(text);
            if (parsed.isOk()) {
                return parsed;
            }
        }
        return ExperimentNumbering.notOfTheForm(text == null ? "" : text.strip(), this);
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
        return description().en();
    }

    @Override
    public Text description() {
        return Text.of(schemes.stream().map(s -> s.description().nl()).collect(Collectors.joining(" of ")),
            schemes.stream().map(s -> s.description().en()).collect(Collectors.joining(" or ")));
    }
}
