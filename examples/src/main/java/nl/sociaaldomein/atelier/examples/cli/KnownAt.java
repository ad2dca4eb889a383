package nl.sociaaldomein.atelier.examples.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * {@code --known-at}: the moment whose knowledge a view shows (transaction time). A moment with
 * its offset ({@code 2016-07-01T12:00:00Z}), a Dutch local time ({@code 2016-07-01T14:00} or
 * {@code 01-07-2016 14:00}), or a day, which means its end ({@code 01-07-2016}: everything recorded
 * that day). Local times are Dutch time (Europe/Amsterdam), as a municipality's office keeps them.
 */
final class KnownAt {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("d-M-uuuu H:mm[:ss]", Locale.ROOT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss", Locale.ROOT);

    private KnownAt() {
    }

    /** The moment, or empty when {@code text} is none of the forms above. */
    static Optional<Instant> parse(String text) {
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeException notWithOffset) {
            // try the next form
        }
        for (DateTimeFormatter local : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, DUTCH_MOMENT}) {
            try {
                return Optional.of(LocalDateTime.parse(t, local).atZone(DUTCH_TIME).toInstant());
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        return PartialDate.parseDay(t).fold(notADay -> Optional.<Instant>empty(),
            day -> Optional.of(day.plusDays(1).atStartOfDay(DUTCH_TIME).toInstant().minusNanos(1000)));
    }

    /** As a report shows it: {@code 01-07-2016 14:00:00}, Dutch time. */
    static String shown(Instant moment) {
        return SHOWN.format(moment.atZone(DUTCH_TIME));
    }
}
