package nl.sociaaldomein.atelier.experiment;

/**
 * An experiment's number in the municipality's scheme. Oost Gelre's register uses both kinds
 * side by side: plain {@code 1)} … {@code 16)} and year-based {@code 14-3}, {@code 17-18}
 * (004_09d1d1def8e42fc5.txt, "14-3	Wijknetwerk Silvolde"). How a number is written is up to the
 * {@link ExperimentNumbering}; equality is by value, so {@code 1} and {@code 1)} are the same number.
 */
public sealed interface ExperimentNumber permits ExperimentNumber.Plain, ExperimentNumber.YearBased {

    /**
     * A plain serial number: {@code 1}, {@code 2}, …; the register of 2018 skips 11 and 12.
     *
     * @param value the serial number, from 1
     */
    record Plain(int value) implements ExperimentNumber {
        /**
         * Checks that the number is positive.
         *
         * @param value the serial number, from 1
         * @throws IllegalArgumentException when it is not
         */
        public Plain {
            if (value <= 0) {
                throw new IllegalArgumentException("an experiment number must be positive: " + value);
            }
        }

        /** {@code 20}, as a message names it; a profile's {@link ExperimentNumbering} writes it its own way in reports. */
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /**
     * A number made of the year's last two digits and a serial within that year: {@code 14-3}
     * is the third of 2014. The year is the year of numbering, not necessarily of the start
     * (14-3 started on 4-2-2015).
     *
     * @param year   the full year, e.g. 2014 for {@code 14-3}
     * @param serial the serial within that year, from 1
     */
    record YearBased(int year, int serial) implements ExperimentNumber {
        /**
         * Checks the year and the serial.
         *
         * @param year   the full year, e.g. 2014 for {@code 14-3}
         * @param serial the serial within that year, from 1
         * @throws IllegalArgumentException when the year is outside 1900–2999 or the serial is not positive
         */
        public YearBased {
            if (year < 1900 || year > 2999) {
                throw new IllegalArgumentException("year out of range: " + year);
            }
            if (serial <= 0) {
                throw new IllegalArgumentException("the serial must be positive: " + serial);
            }
        }

        /** {@code 14-3}, as a message names it (the year's last two digits, then the serial). */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%02d-%d", year % 100, serial);
        }
    }
}
