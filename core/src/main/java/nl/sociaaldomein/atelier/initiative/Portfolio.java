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

    public abstract Municipality municipality();

    /** {@return a title for people, e.g. "Innovatieatelier Sociaal Domein 2016"} */
    public abstract Optional<String> title();

    /** {@return the source document this portfolio is taken from, cited by file name and phrase} */
    public abstract Optional<String> source();

    /** {@return the time the portfolio covers, e.g. the 2016 round; optional} */
    public abstract Optional<Period> period();

    public abstract List<Initiative> initiatives();

    public static ImmutablePortfolio.Builder builder() {
        return ImmutablePortfolio.builder();
    }

    public Optional<Initiative> initiative(String id) {
        return initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** From {@code start} to {@code end}, both days included; the end is never before the start. */
    public record Period(LocalDate start, LocalDate end) {

        public Period {
            if (start == null || end == null) {
                throw new IllegalArgumentException("a period needs a start and an end");
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("the period ends on " + end + ", before it starts on " + start);
            }
        }
    }

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
