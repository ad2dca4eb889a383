package nl.sociaaldomein.atelier.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/** Year-based numbers {@code yy-n}: {@code 14-3} is the third experiment numbered in 2014. */
final class YearBasedNumbering implements ExperimentNumbering {

    private static final Pattern FORM = Pattern.compile("(\\d{2})-(\\d{1,4})");

    @Override
    public Result<ExperimentNumber> parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            return ExperimentNumbering.notOfTheForm(t, this);
        }
        int serial = Integer.parseInt(m.group(2));
        if (serial == 0) {
            return ExperimentNumbering.refuse(t, "'" + t + "': het volgnummer na het jaar moet ten minste 1 zijn",
                "'" + t + "': the serial after the year must be at least 1");
        }
        return Result.ok(new ExperimentNumber.YearBased(2000 + Integer.parseInt(m.group(1)), serial));
    }

    @Override
    public String format(ExperimentNumber number) {
        if (number instanceof ExperimentNumber.YearBased y && y.year() >= 2000 && y.year() <= 2099) {
            return String.format("%02d-%d", y.year() - 2000, y.serial());
        }
        throw new IllegalArgumentException("not a year-based number of 2000–2099: " + number);
    }

    @Override
    public String describe() {
        return description().en();
    }

    @Override
    public Text description() {
        return Text.of("jj-n (bijv. 14-3)", "yy-n (e.g. 14-3)");
    }
}
