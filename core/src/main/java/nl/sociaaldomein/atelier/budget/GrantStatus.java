package nl.sociaaldomein.atelier.budget;

/** Where a grant is in the Awb lifecycle. */
public enum GrantStatus {
    /** Verleend: may be amended, advanced on, determined or withdrawn. */
    GRANTED,
    /** Vastgesteld: final; only reclaims remain possible. */
    DETERMINED,
    /** Ingetrokken before any advance. */
    WITHDRAWN
}
