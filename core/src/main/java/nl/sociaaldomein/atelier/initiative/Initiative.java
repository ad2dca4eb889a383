package nl.sociaaldomein.atelier.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import org.immutables.value.Value;

/**
 * An idea or application put to the municipality (initiatief, idee, pitch). The title is the
 * pitch name as the sources print it.
 */
@Value.Immutable
public abstract class Initiative {

    /** Unique within a portfolio; chosen by whoever keeps the file. */
    public abstract String id();

    /** {@return the pitch name, e.g. "App voor dagstructuur"} */
    public abstract String title();

    public abstract Optional<String> description();

    public abstract Applicant applicant();

    /** {@return what the applicant asks for; a pitch may ask for none} */
    public abstract Optional<Money> requestedAmount();

    public abstract List<String> themes();

    public abstract List<String> targetGroups();

    public abstract List<LegalFramework> legalFrameworks();

    /** Wijk or stadsdeel. */
    public abstract Optional<String> neighbourhood();

    public abstract Optional<IntakeChannel> intakeChannel();

    public abstract Optional<LocalDate> submissionDate();

    /**
     * Where this record comes from, or why it is a stand-in: e.g. "placeholder: the source does
     * not name this idea". Shown in internal output, so that nobody mistakes a stand-in for data.
     */
    public abstract Optional<String> note();

    public static ImmutableInitiative.Builder builder() {
        return ImmutableInitiative.builder();
    }

    @Value.Check
    protected void check() {
        if (id().isBlank()) {
            throw new IllegalStateException("an initiative's id must not be blank");
        }
        if (title().isBlank()) {
            throw new IllegalStateException("initiative " + id() + ": the title must not be blank");
        }
        requestedAmount().filter(Money::isNegative).ifPresent(amount -> {
            throw new IllegalStateException("initiative " + id() + ": the requested amount must not be negative: " + amount);
        });
    }
}
