package nl.sociaaldomein.atelier.budget;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.problem.Problem;

/**
 * Why the ledger refused an entry. A caller gets it as the stable code of the refused result's
 * {@link Problem}: {@code ledger.} and the kind in lower-case words ({@link #code()}, e.g.
 * {@code ledger.exceeds-remaining}); {@link #of(Problem)} turns such a problem back into its kind,
 * for a {@code switch}. The codes are listed in docs/embedding.md and never change meaning.
 */
public enum RejectionKind {
    /** An entry with this id was posted before with different fields (the same fields are a harmless retry). */
    EXISTS_WITH_DIFFERENT_FIELDS,
    /** An amount that must be positive (or, for a determination, not negative) is not. */
    AMOUNT_NOT_POSITIVE,
    /** The entry names a pot the budget tree does not have. */
    UNKNOWN_POT,
    /** The entry names a reservation (reservering) that was never made. */
    UNKNOWN_RESERVATION,
    /** The entry names a grant (toekenning) that was never made. */
    UNKNOWN_GRANT,
    /** A new reservation under an id already reserved. */
    RESERVATION_EXISTS,
    /** A new grant for an initiative that already has one. */
    GRANT_EXISTS,
    /** A reservation or grant dated outside its pot's budget period. */
    OUTSIDE_PERIOD,
    /** The funding list is empty, names a pot twice, has a negative weight or only zero weights. */
    INVALID_FUNDING,
    /** A grant converting a reservation whose pot is not among the grant's funding pots. */
    RESERVATION_NOT_IN_FUNDING,
    /** The pot's subsidieplafond would be exceeded: more than its remaining amount. */
    EXCEEDS_REMAINING,
    /** Releasing more than is still reserved. */
    EXCEEDS_RESERVATION,
    /** Advances or a determination above the grant. */
    EXCEEDS_GRANT,
    /** Lowering a grant below, or withdrawing it despite, the advances already paid. */
    BELOW_ADVANCES,
    /** The grant was finally determined or withdrawn and can no longer change this way. */
    GRANT_CLOSED,
    /** A reclaim before the final determination. */
    NOT_DETERMINED,
    /** A reclaim above what is still reclaimable. */
    EXCEEDS_RECLAIMABLE,
    /** A transfer that is not between two different pots with the same parent. */
    NOT_SIBLINGS,
    /** Lowering a pot's ceiling below what it has granted, reserved and allocated to its child pots. */
    CEILING_BELOW_COMMITTED,
    /** A pot's total (advanced, reclaimable, ...) would leave the range of amounts: refused, never wrapped. */
    TOTAL_TOO_LARGE,
    /** A batch id already used for a batch with other entries. */
    BATCH_ID_TAKEN,
    /** Other writers kept appending to the shared journal; nothing was posted, and posting again may succeed. */
    JOURNAL_CONTENDED;

    /**
     * The problem code of this refusal: {@code ledger.exceeds-remaining} for {@link #EXCEEDS_REMAINING}.
     *
     * @return the stable code, {@code ledger.} and the kind in lower-case words
     */
    public String code() {
        return "ledger." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind of a ledger refusal's problem; empty for a problem with another code.
     *
     * @param problem a problem from a failed result
     * @return the refusal kind whose {@link #code()} the problem has
     */
    public static Optional<RejectionKind> of(Problem problem) {
        return Arrays.stream(values()).filter(k -> k.code().equals(problem.code())).findFirst();
    }
}
