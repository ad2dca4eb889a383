package nl.sociaaldomein.atelier.budget;

/** Why the ledger refused an entry, so that callers can react without parsing messages. */
public enum RejectionKind {
    /** An entry with this id was posted before with different fields (the same fields are a harmless retry). */
    EXISTS_WITH_DIFFERENT_FIELDS,
    /** An amount that must be positive (or, for a determination, not negative) is not. */
    AMOUNT_NOT_POSITIVE,
    UNKNOWN_POT,
    UNKNOWN_RESERVATION,
    UNKNOWN_GRANT,
    RESERVATION_EXISTS,
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
    JOURNAL_CONTENDED
}
