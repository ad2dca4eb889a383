package nl.sociaaldomein.atelier.budget;

import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The ledger's own record of a refused entry: what kind of refusal, the entry, and a message
 * naming the amounts (nl-NL) and pots, in Dutch and English, e.g. "toekenning van € 250.000 voor
 * 'Ondernemend Zuid' is meer dan de resterende € 112.315 van pot 'Innovatieatelier Wmo 2016'".
 * A rejected entry changes nothing. The ledger's public methods do not answer with it: they answer
 * a failed {@link nl.sociaaldomein.atelier.problem.Result} whose problem is {@link #problem()}
 * (code {@code ledger.<kind>}, see {@link RejectionKind#code()}), placed at the entry, its place in
 * the batch, its pot and its grant or reservation.
 *
 * @param kind    why the entry was refused
 * @param entryId the id of the refused entry
 * @param text    the message, in Dutch and English
 */
public record Rejection(RejectionKind kind, String entryId, Text text) {

    /**
     * Checks that every part is given.
     *
     * @param kind    why the entry was refused
     * @param entryId the id of the refused entry
     * @param text    the message, in Dutch and English
     * @throws NullPointerException when a part is null
     */
    public Rejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The message in Dutch, the library's default language.
     *
     * @return the Dutch message
     */
    public String message() {
        return text.nl();
    }

    /**
     * The message in the caller's language (English for an English locale, Dutch otherwise).
     *
     * @param locale the caller's locale
     * @return the message in that language
     */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /**
     * This refusal as a {@link Problem}: code {@code ledger.} and the kind in lower-case words
     * ({@code ledger.exceeds-remaining}), placed at the entry; an unknown pot, grant or
     * reservation is {@link ProblemKind#NOT_FOUND}, a malformed entry {@link ProblemKind#INVALID},
     * every other refusal (the entry is fine, the ledger's state does not allow it)
     * {@link ProblemKind#CONFLICT}.
     *
     * @return the problem, placed at the entry
     */
    public Problem problem() {
        return problem(Place.about("entry", entryId));
    }

    /** This refusal as a {@link Problem} at the given place (the ledger adds the batch position, pot, grant...). */
    Problem problem(Place place) {
        return new Problem(kind.code(), problemKind(), place, text);
    }

    private ProblemKind problemKind() {
        return switch (kind) {
            case UNKNOWN_POT, UNKNOWN_RESERVATION, UNKNOWN_GRANT -> ProblemKind.NOT_FOUND;
            case AMOUNT_NOT_POSITIVE, INVALID_FUNDING, RESERVATION_NOT_IN_FUNDING, NOT_SIBLINGS, OUTSIDE_PERIOD -> ProblemKind.INVALID;
            default -> ProblemKind.CONFLICT;
        };
    }

    @Override
    public String toString() {
        return kind + " (entry '" + entryId + "'): " + text.en();
    }
}
