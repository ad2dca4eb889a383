package nl.sociaaldomein.atelier.jackson.types;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.render.Wording;

/**
 * {@link PartialDate} as the JSON reports write it (docs/reports.md, "Date"):
 * {@code {"precision": "month", "value": "2018-03", "earliest": "2018-03-01", "latest": "2018-03-31", "text": "maart 2018"}}.
 * Read back from {@code precision} and {@code value} (ISO cut to what is known: {@code 2016-06-30},
 * {@code 2018-03}, {@code 2016}, or {@code null} when unknown); {@code earliest}, {@code latest}
 * and {@code text} are for readers and ignored.
 */
public final class PartialDateShape {

    private static final Shape<PartialDate.Precision> PRECISION = Basic.code(PartialDate.Precision.class);

    /** The shape. */
    public static final ObjectShape<PartialDate> DATE = Shape.object(PartialDate.class, (date, out) -> {
        out.field("precision", date.precision(), PRECISION);
        out.optional("value", date.isKnown() ? Optional.of(iso(date)) : Optional.empty());
        out.optional("earliest", date.earliest(), Basic.DAY);
        out.optional("latest", date.latest(), Basic.DAY);
        out.field("text", Wording.date(date, out.options()));
    }, PartialDateShape::read);

    private PartialDateShape() {
    }

    /** ISO 8601 cut to what is known, as the reports write it. */
    private static String iso(PartialDate date) {
        String day = date.earliest().orElseThrow().toString();
        switch (date.precision()) {
            case MONTH: return day.substring(0, 7);
            case YEAR: return day.substring(0, 4);
            default: return day;
        }
    }

    private static PartialDate read(JsonIn in) {
        in.ignore("earliest", "latest", "text");
        PartialDate.Precision precision = in.get("precision", PRECISION);
        Optional<String> value = in.optionalString("value");
        if (in.hasProblems()) {
            return null;
        }
        if (precision == PartialDate.Precision.UNKNOWN) {
            if (value.isPresent()) {
                in.fieldProblem("value", "must be null for an unknown date, not '" + value.get() + "'");
                return null;
            }
            return PartialDate.unknown();
        }
        if (value.isEmpty()) {
            in.fieldProblem("value", "is missing: a " + Basic.code(precision) + " needs its value, e.g. " + example(precision));
            return null;
        }
        try {
            switch (precision) {
                case DAY: return PartialDate.of(LocalDate.parse(value.get()));
                case MONTH:
                    YearMonth month = YearMonth.parse(value.get());
                    return PartialDate.ofMonth(month.getYear(), month.getMonthValue());
                default:
                    if (!value.get().matches("\\d{4}")) {
                        throw new IllegalArgumentException(value.get());
                    }
                    return PartialDate.ofYear(Integer.parseInt(value.get()));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            in.fieldProblem("value", "must be a " + precision.name().toLowerCase(Locale.ROOT) + " such as " + example(precision)
                + ", not '" + value.get() + "'");
            return null;
        }
    }

    private static String example(PartialDate.Precision precision) {
        switch (precision) {
            case DAY: return "2016-06-30";
            case MONTH: return "2018-03";
            default: return "2016";
        }
    }
}
