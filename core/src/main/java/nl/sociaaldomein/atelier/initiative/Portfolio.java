package nl.sociaaldomein.atelier.initiative;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** The initiatives of one municipality, as read from a portfolio file. */
@Value.Immutable
public abstract class Portfolio {

    /** {@return the municipality whose initiatives these are} */
    public abstract Municipality municipality();

    /** {@return a title for people, e.g. "Innovatieatelier Sociaal Domein 2016"} */
    public abstract Optional<String> title();

    /** {@return the source document this portfolio is taken from, cited by file name and phrase} */
    public abstract Optional<String> source();

    /** {@return the time the portfolio covers, e.g. the 2016 round; optional} */
    public abstract Optional<Period> period();

    /** {@return the initiatives in the file's order, each id once} */
    public abstract List<Initiative> initiatives();

    /** {@return a builder; {@code build()} checks that no initiative id occurs twice} */
    public static ImmutablePortfolio.Builder builder() {
        return ImmutablePortfolio.builder();
    }

    /**
     * The initiative with this id.
     *
     * @param id the initiative's id
     * @return the initiative, or empty when the portfolio has none with that id
     */
    public Optional<Initiative> initiative(String id) {
        return initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * From {@code start} to {@code end}, both days included; the end is never before the start.
     *
     * @param start the first day
     * @param end   the last day, not before {@code start}
     */
    public record Period(LocalDate start, LocalDate end) {

        /**
         * Checks the period.
         *
         * @param start the first day
         * @param end   the last day
         * @throws IllegalArgumentException when a day is missing or the end is before the start
         */
        public Period {
            if (start == null || end == null) {
                throw new IllegalArgumentException("a period needs a start and an end");
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("the period ends on " + end + ", before it starts on " + start);
            }
        }
    }

    /**
     * Checks that no initiative id occurs twice.
     *
     * @throws IllegalStateException naming the repeated id
     */
    @Value.Check
    protected void check() {
        Set<String> seen = new HashSet<>();
        for (Initiative initiative : initiatives()) {
            if (!seen.add(initiative.id())) {
                throw new IllegalStateException("initiative id " + initiative.id() + " occurs more than once");
            }
        }
    }
}
