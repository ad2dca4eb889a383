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

    /** {@return the initiative's id: unique within a portfolio, chosen by whoever keeps the file} */
    public abstract String id();

    /** {@return the pitch name, e.g. "App voor dagstructuur"} */
    public abstract String title();

    /** {@return what the initiative is about, when the source says} */
    public abstract Optional<String> description();

    /** {@return who puts the initiative forward; a natural person's name is never shown in public output} */
    public abstract Applicant applicant();

    /** {@return what the applicant asks for; a pitch may ask for none} */
    public abstract Optional<Money> requestedAmount();

    /** {@return the themes the initiative is about, as codes} */
    public abstract List<String> themes();

    /** {@return the groups the initiative is for} */
    public abstract List<String> targetGroups();

    /** {@return the laws the initiative falls under (Wmo 2015, Participatiewet, Jeugdwet)} */
    public abstract List<LegalFramework> legalFrameworks();

    /** {@return the wijk or stadsdeel, when the initiative is tied to one} */
    public abstract Optional<String> neighbourhood();

    /** {@return the route by which the initiative came in, when known} */
    public abstract Optional<IntakeChannel> intakeChannel();

    /** {@return the day the initiative was submitted, when known} */
    public abstract Optional<LocalDate> submissionDate();

    /**
     * Where this record comes from, or why it is a stand-in: e.g. "placeholder: the source does
     * not name this idea". Shown in internal output, so that nobody mistakes a stand-in for data.
     *
     * @return the note, or empty for a record taken from a source as it is
     */
    public abstract Optional<String> note();

    /** {@return a builder; {@code build()} checks the id, title and amount} */
    public static ImmutableInitiative.Builder builder() {
        return ImmutableInitiative.builder();
    }

    /**
     * Checks what the builder cannot: a non-blank id and title, and a requested amount that is not negative.
     *
     * @throws IllegalStateException naming the initiative and what is wrong
     */
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
