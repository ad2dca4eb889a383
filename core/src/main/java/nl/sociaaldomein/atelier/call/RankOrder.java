package nl.sociaaldomein.atelier.call;

import java.util.Comparator;

/**
 * The ranking of the ranked policy, deterministic whatever order the candidates arrive in:
 * higher total score first; on a tie, earlier receipt; then the lower requested amount (it
 * leaves more for others); then the initiative id (alphabetical), which is unique in a round.
 */
public final class RankOrder {

    public static final Comparator<Candidate> COMPARATOR = Comparator
        .comparingLong((Candidate c) -> -c.assessment().totalHundredths())
        .thenComparing(Candidate::receivedAt)
        .thenComparingLong(c -> c.requested().cents())
        .thenComparing(Candidate::id);

    /** First come, first served (Awb art. 4:26): receipt time, then the initiative id. */
    public static final Comparator<Candidate> BY_RECEIPT = Comparator
        .comparing(Candidate::receivedAt)
        .thenComparing(Candidate::id);

    private RankOrder() {
    }
}
