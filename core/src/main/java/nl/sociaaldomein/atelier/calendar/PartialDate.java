package nl.sociaaldomein.atelier.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A date kept at the precision it was given: a day ({@code 1-4-2015}), a month
 * ({@code Maart 2018}), a year ({@code 2016}), or unknown. The sources write dates all these
 * ways (004_09d1d1def8e42fc5.txt); we never invent the missing day or month.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision {
        /** The day is known: {@code 1-4-2015}. */
        DAY,
        /** The month and year are known: {@code maart 2018}. */
        MONTH,
        /** Only the year is known: {@code 2016}. */
        YEAR,
        /** Nothing is known: the source leaves the date empty. */
        UNKNOWN
    }

    private static final PartialDate UNKNOWN = new PartialDate(Precision.UNKNOWN, 0, 0, 0);
    private static final Pattern DAY_FORM = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern ISO_FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_FORM = Pattern.compile("(\\p{L}+)\\s+(\\d{4})");
    private static final Pattern ISO_MONTH_FORM = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR_FORM = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_ZERO_ALONE = Pattern.compile("(\\d{4})");
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4})-\\d{2}(?:-\\d{2})?");

    private final Precision precision;
    private final int year;
    private final int month;
    private final int day;

    private PartialDate(Precision precision, int year, int month, int day) {
        this.precision = precision;
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * A date whose day is known.
     *
     * @param date the day
     * @return the date, of precision {@link Precision#DAY}
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(Precision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A date of which only the month is known, such as "Maart 2018".
     *
     * @param year  the year
     * @param month the month, 1 to 12
     * @return the date, of precision {@link Precision#MONTH}
     * @throws java.time.DateTimeException when the month is not 1 to 12
     */
    public static PartialDate ofMonth(int year, int month) {
        YearMonth.of(year, month); // validates
        return new PartialDate(Precision.MONTH, year, month, 0);
    }

    /**
     * A date of which only the year is known.
     *
     * @param year the year
     * @return the date, of precision {@link Precision#YEAR}
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(Precision.YEAR, year, 0, 0);
    }

    /** {@return the date the source leaves empty} */
    public static PartialDate unknown() {
        return UNKNOWN;
    }

    /**
     * Reads a date as the sources write it: {@code 1-4-2015} (d-m-yyyy), {@code Maart 2018}
     * (a Dutch or English month name and a year), {@code 2016}, or empty for unknown. The ISO forms
     * {@code 2015-04-01} and {@code 2018-03} are accepted too. Impossible dates such as
     * {@code 31-2-2016} are refused with a problem saying why ({@code date.impossible},
     * {@code date.unknown-month}, {@code date.not-a-date}), in Dutch and English, placed nowhere
     * (the caller knows where the text came from).
     *
     * @param text the date as written, possibly empty
     * @return the date, or the problem
     */
    public static Result<PartialDate> parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return Result.ok(UNKNOWN);
        }
        return parseKnown(t, Text.of("verwacht bijvoorbeeld 1-4-2015, Maart 2018, 2016 of leeg",
            "expected e.g. 1-4-2015, Maart 2018, 2016 or empty"));
    }

    /**
     * Reads a full date, the only form a field such as a decision date accepts: {@code 30-06-2016}
     * (leading zeros may be left out) or ISO {@code 2016-06-30}. The problems say what such a
     * field accepts: a month or a year alone is named as such ({@code date.not-a-day}), not as
     * "not a date"; an empty text is {@code date.empty}.
     *
     * @param text the date as written
     * @return the day, or the problem
     */
    public static Result<LocalDate> parseDay(String text) {
        String t = text == null ? "" : text.trim();
        Text accepted = Text.of("een volledige datum zoals 30-06-2016 of 2016-06-30", "a full date such as 30-06-2016 or 2016-06-30");
        if (t.isEmpty()) {
            return problem("date.empty", "mag niet leeg zijn: geef " + accepted.nl(), "must not be empty: give " + accepted.en());
        }
        return parseKnown(t, Text.of("verwacht " + accepted.nl(), "expected " + accepted.en())).flatMap(date -> date.toLocalDate()
            .map(Result::ok)
            .orElseGet(() -> problem("date.not-a-day",
                "'" + t + "' is " + (date.precision == Precision.YEAR ? "een jaar" : "een maand") + ", geen dag: geef " + accepted.nl(),
                "'" + t + "' is " + (date.precision == Precision.YEAR ? "a year" : "a month") + ", not a day: give " + accepted.en())));
    }

    private static Result<PartialDate> parseKnown(String t, Text hint) {
        if (namesYearZero(t)) {
            return problem("date.impossible", "onmogelijke datum '" + t + "': er is geen jaar 0",
                "impossible date '" + t + "': there is no year 0");
        }
        try {
            Matcher m = DAY_FORM.matcher(t);
            if (m.matches()) {
                return Result.ok(of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)))));
            }
            m = ISO_FORM.matcher(t);
            if (m.matches()) {
                return Result.ok(of(LocalDate.parse(t)));
            }
            m = ISO_MONTH_FORM.matcher(t);
            if (m.matches()) {
                return Result.ok(ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = MONTH_FORM.matcher(t);
            if (m.matches()) {
                Optional<Month> month = MonthNames.parse(m.group(1));
                if (month.isEmpty()) {
                    return problem("date.unknown-month", "onbekende maandnaam '" + m.group(1) + "' in datum '" + t + "'",
                        "unknown month name '" + m.group(1) + "' in date '" + t + "'");
                }
                return Result.ok(ofMonth(Integer.parseInt(m.group(2)), month.get().getValue()));
            }
            if (YEAR_FORM.matcher(t).matches()) {
                return Result.ok(ofYear(Integer.parseInt(t)));
            }
        } catch (DateTimeException e) {
            // java.time's own message ("Invalid date 'FEBRUARY 31'") is not for the people who write these files.
            return problem("date.impossible", "onmogelijke datum '" + t + "': die dag bestaat niet in de kalender",
                "impossible date '" + t + "': there is no such day in the calendar");
        }
        return problem("date.not-a-date", "geen datum: '" + t + "' (" + hint.nl() + ")", "not a date: '" + t + "' (" + hint.en() + ")");
    }

    private static <T> Result<T> problem(String code, String nl, String en) {
        return Result.failed(Problem.invalid(code, Place.NOWHERE, nl, en));
    }

    /** Year 0000 in any form: java.time would take it (as 1 BC), the calendar the sources use has none. */
    private static boolean namesYearZero(String t) {
        for (Pattern form : new Pattern[] {DAY_FORM, MONTH_FORM, YEAR_ZERO_ALONE}) {
            Matcher m = form.matcher(t);
            if (m.matches() && Integer.parseInt(m.group(m.groupCount())) == 0) {
                return true;
            }
        }
        Matcher iso = ISO_PREFIX.matcher(t);
        return iso.matches() && Integer.parseInt(iso.group(1)) == 0;
    }

    /** {@return how much of the date is known} */
    public Precision precision() {
        return precision;
    }

    /** {@return whether at least the year is known} */
    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /** {@return the year, when known} */
    public Optional<Integer> year() {
        return isKnown() ? Optional.of(year) : Optional.empty();
    }

    /** {@return the exact day, only when the day was given} */
    public Optional<LocalDate> toLocalDate() {
        return precision == Precision.DAY ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** {@return the first day this date can mean (1 March for "Maart 2018"); empty when unknown} */
    public Optional<LocalDate> earliest() {
        switch (precision) {
            case DAY: return Optional.of(LocalDate.of(year, month, day));
            case MONTH: return Optional.of(LocalDate.of(year, month, 1));
            case YEAR: return Optional.of(LocalDate.of(year, 1, 1));
            default: return Optional.empty();
        }
    }

    /** {@return the last day this date can mean (31 March for "Maart 2018"); empty when unknown} */
    public Optional<LocalDate> latest() {
        switch (precision) {
            case DAY: return Optional.of(LocalDate.of(year, month, day));
            case MONTH: return Optional.of(YearMonth.of(year, month).atEndOfMonth());
            case YEAR: return Optional.of(LocalDate.of(year, 12, 31));
            default: return Optional.empty();
        }
    }

    /**
     * {@return the Dutch form, as the sources write it: {@code 1-4-2015}, {@code maart 2018}, {@code 2016}, or empty}
     */
    public String toDutch() {
        return format(new Locale("nl", "NL"));
    }

    /**
     * The form for a report language. Dutch keeps the sources' unpadded {@code d-M-yyyy};
     * the report layer pads ({@code 30-06-2016}) where a municipality's format asks for it.
     *
     * @param locale the report's language
     * @return the date in that language, or empty when unknown
     */
    public String format(Locale locale) {
        switch (precision) {
            case DAY:
                return Text.isEnglish(locale)
                    ? LocalDate.of(year, month, day).toString()
                    : day + "-" + month + "-" + year;
            case MONTH: return MonthNames.name(Month.of(month), locale) + " " + year;
            case YEAR: return Integer.toString(year);
            default: return "";
        }
    }

    /** Orders by earliest possible day; unknown dates sort last. */
    @Override
    public int compareTo(PartialDate other) {
        if (!isKnown() || !other.isKnown()) {
            return Boolean.compare(!isKnown(), !other.isKnown());
        }
        int byEarliest = earliest().get().compareTo(other.earliest().get());
        return byEarliest != 0 ? byEarliest : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartialDate)) {
            return false;
        }
        PartialDate d = (PartialDate) o;
        return precision == d.precision && year == d.year && month == d.month && day == d.day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, year, month, day);
    }

    @Override
    public String toString() {
        return precision == Precision.UNKNOWN ? "unknown" : toDutch();
    }
}
