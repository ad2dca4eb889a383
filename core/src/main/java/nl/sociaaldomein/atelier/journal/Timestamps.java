package nl.sociaaldomein.atelier.journal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one text form of a record's moment: ISO-8601 in UTC with exactly six fraction digits.
 *
 * <p>Every record's hash covers this text and every engine stores it, so verifying a journal
 * formats and parses it once per record: years 0 to 9999 (every moment a municipality records)
 * take a direct path that gives exactly what the formatter gives; others go through the formatter.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** Length of {@code 2016-07-05T09:30:00.000000Z}. */
    private static final int LENGTH = 27;

    private Timestamps() {
    }

    /**
     * A moment in the one text form, e.g. {@code 2016-07-05T09:30:00.000000Z}.
     *
     * @param instant the moment, in whole microseconds
     * @return the text, with exactly six fraction digits
     */
    public static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return FORMAT.format(instant);
        }
        char[] text = new char[LENGTH];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, instant.getNano() / 1000, 6);
        text[26] = 'Z';
        return new String(text);
    }

    /**
     * Reads the text form back.
     *
     * @param text a moment as {@link #format} writes it (other ISO-8601 instants are read too)
     * @return the moment
     * @throws java.time.format.DateTimeParseException when the text is not a moment
     */
    public static Instant parse(String text) {
        if (text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
            && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(26) == 'Z') {
            int year = number(text, 0, 4);
            int month = number(text, 5, 2);
            int day = number(text, 8, 2);
            int hour = number(text, 11, 2);
            int minute = number(text, 14, 2);
            int second = number(text, 17, 2);
            int micros = number(text, 20, 6);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
                && second >= 0 && second < 60 && micros >= 0) {
                try {
                    long epochDay = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, micros * 1000L);
                } catch (DateTimeException e) {
                    // not a real date (30 February): the general parser says so in its own words
                }
            }
        }
        return Instant.parse(text);
    }

    /**
     * The instant cut to whole microseconds, the precision journals keep.
     *
     * @param instant the moment
     * @return the moment without its nanoseconds below a microsecond
     */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal number in {@code width} characters from {@code at}, or -1 when one is not a digit. */
    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
