package nl.sociaaldomein.atelier.jackson.shape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.journal.Timestamps;

/**
 * Shapes of the JDK values Atelier's types hold: texts, whole numbers, booleans, days as ISO
 * dates ({@code 2016-06-30}), moments as the journal writes them
 * ({@code 2016-07-05T09:30:00.000000Z}) and enum constants as lower-case codes
 * ({@code EXCEEDS_REMAINING} is {@code "exceeds-remaining"}).
 */
public final class Basic {

    /** A JSON string. */
    public static final Shape<String> STRING = new Shape<>() {
        @Override
        public Class<String> type() {
            return String.class;
        }

        @Override
        public void write(String value, JsonOut out) {
            out.string(value);
        }

        @Override
        public String read(JsonIn in) {
            return in.asString();
        }
    };

    /** A whole number within a {@code long}. */
    public static final Shape<Long> LONG = new Shape<>() {
        @Override
        public Class<Long> type() {
            return Long.class;
        }

        @Override
        public void write(Long value, JsonOut out) {
            out.number(value);
        }

        @Override
        public Long read(JsonIn in) {
            return in.asWholeNumber();
        }
    };

    /** A whole number within an {@code int}. */
    public static final Shape<Integer> INT = new Shape<>() {
        @Override
        public Class<Integer> type() {
            return Integer.class;
        }

        @Override
        public void write(Integer value, JsonOut out) {
            out.number(value);
        }

        @Override
        public Integer read(JsonIn in) {
            Long value = in.asWholeNumber();
            if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                in.problem("the number " + value + " is out of range (at most " + Integer.MAX_VALUE + " in size)");
                return null;
            }
            return value == null ? null : value.intValue();
        }
    };

    /** {@code true} or {@code false}. */
    public static final Shape<Boolean> BOOLEAN = new Shape<>() {
        @Override
        public Class<Boolean> type() {
            return Boolean.class;
        }

        @Override
        public void write(Boolean value, JsonOut out) {
            out.bool(value);
        }

        @Override
        public Boolean read(JsonIn in) {
            return in.asBoolean();
        }
    };

    /** A day as an ISO date, {@code 2016-06-30}. */
    public static final Shape<LocalDate> DAY = Shape.string(LocalDate.class, LocalDate::toString, text -> {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO date such as 2016-06-30, not '" + text + "'");
        }
    });

    /**
     * A moment as the journal keeps it: ISO-8601 in UTC with six fraction digits
     * ({@code 2016-07-05T09:30:00.000000Z}; the ledger records moments to the microsecond).
     */
    public static final Shape<Instant> MOMENT = Shape.string(Instant.class, Timestamps::format, text -> {
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a moment such as 2016-07-05T09:30:00.000000Z, not '" + text + "'");
        }
    });

    private Basic() {
    }

    /**
     * An enum's constants as lower-case codes: {@code GRANT_MAXIMUM} is {@code "grant-maximum"}.
     *
     * @param <E>  the enum
     * @param type the enum's class
     * @return the shape
     */
    public static <E extends Enum<E>> Shape<E> code(Class<E> type) {
        String known = Arrays.stream(type.getEnumConstants()).map(Basic::code).collect(Collectors.joining(", "));
        return Shape.string(type, Basic::code, text -> Arrays.stream(type.getEnumConstants())
            .filter(constant -> code(constant).equals(text)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("must be one of " + known + ", not '" + text + "'")));
    }

    /**
     * The code of an enum constant: its name in lower case, words joined by hyphens.
     *
     * @param constant the constant
     * @return e.g. {@code exceeds-remaining}
     */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
