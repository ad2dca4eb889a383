package nl.sociaaldomein.atelier.profile;

import nl.sociaaldomein.atelier.text.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One recurring moment at which a municipality reports on its innovation work, e.g. the
 * half-year report of the planning-and-control cycle or a quarterly report to the college.
 *
 * @param id        a kebab-case id, e.g. {@code half-year-report}
 * @param name      what the municipality calls it, e.g. "halfjaarrapportage"
 * @param frequency how often it comes
 * @param recipient who receives it
 */
public record ReportingMoment(String id, Text name, Frequency frequency, Recipient recipient) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** How often a reporting moment comes; each period ends on the last day of its last month. */
    public enum Frequency {
        /** Every quarter: periods end on 31 March, 30 June, 30 September and 31 December. */
        QUARTERLY(3),
        /** Every half year: periods end on 30 June and 31 December. */
        HALF_YEARLY(6),
        /** Once a year: the period ends on 31 December. */
        YEARLY(12);

        private final int months;

        Frequency(int months) {
            this.months = months;
        }

        /** {@return the length of one period in months} */
        public int months() {
            return months;
        }
    }

    /** Who a report goes to. */
    public enum Recipient {
        /** The council (gemeenteraad). */
        COUNCIL,
        /** The executive (college van B&amp;W). */
        EXECUTIVE
    }

    /**
     * Checks the moment.
     *
     * @param id        the moment's id, lower-case words joined by hyphens
     * @param name      its name in Dutch and English
     * @param frequency how often it comes
     * @param recipient who receives the report
     * @throws IllegalArgumentException when the id has another form
     */
    public ReportingMoment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(recipient, "recipient");
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("a reporting moment's id must be lower-case words joined by hyphens, not '" + id + "'");
        }
    }

    /**
     * The last days of the periods this moment covers in a calendar year, in order.
     *
     * @param year the calendar year
     * @return the period ends
     */
    public List<LocalDate> periodEndsIn(int year) {
        List<LocalDate> ends = new ArrayList<>();
        for (int month = frequency.months(); month <= 12; month += frequency.months()) {
            ends.add(YearMonth.of(year, month).atEndOfMonth());
        }
        return List.copyOf(ends);
    }
}
