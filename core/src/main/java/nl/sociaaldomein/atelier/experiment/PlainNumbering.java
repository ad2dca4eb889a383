package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/** Plain serial numbers {@code 1}, {@code 2}, …, optionally written with a suffix such as {@code 1)}. */
final class PlainNumbering implements ExperimentNumbering {

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})(.*)");

    private final String suffix;

    PlainNumbering(String suffix) {
        this.suffix = Objects.requireNonNull(suffix, "suffix");
    }

    @Override
    public Result<ExperimentNumber> parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(t);
        if (!m.matches() || !(m.group(2).isEmpty() || m.group(2).equals(suffix))) {
            return ExperimentNumbering.notOfTheForm(t, this);
        }
        int value = Integer.parseInt(m.group(1));
        if (value == 0) {
            return ExperimentNumbering.refuse(t, "experimentnummer 0 is niet toegestaan; nummers beginnen bij 1",
                "experiment number 0 is not allowed; numbers start at 1");
        }
        return Result.ok(new ExperimentNumber.Plain(value));
    }

    @Override
    public String format(ExperimentNumber number) {
        if (number instanceof ExperimentNumber.Plain plain) {
            return plain.value() + suffix;
        }
        throw new IllegalArgumentException("not a plain number: " + number);
    }

    @Override
    public String describe() {
        return description().en();
    }

    @Override
    public Text description() {
        return suffix.isEmpty() ? Text.of("1, 2, …", "1, 2, …")
            : Text.of("1, 2, … (of 1" + suffix + ", 2" + suffix + ", …)", "1, 2, … (or 1" + suffix + ", 2" + suffix + ", …)");
    }
}
