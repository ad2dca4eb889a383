package nl.sociaaldomein.atelier.budget;

/**
 * The journal record types of ledger entries, one per kind of entry: {@code ledger.reserve},
 * {@code ledger.release-reservation}, {@code ledger.grant}, {@code ledger.amend-grant},
 * {@code ledger.withdraw-grant}, {@code ledger.advance}, {@code ledger.determine},
 * {@code ledger.reclaim}, {@code ledger.transfer}, {@code ledger.ceiling}. A journal is shared
 * with other record types (round and experiment events); the ledger reads only its own.
 */
public final class LedgerRecordTypes {

    /** Every ledger record type starts with this. */
    public static final String PREFIX = "ledger.";

    private LedgerRecordTypes() {
    }

    /**
     * Whether records of {@code type} are the ledger's ({@code ledger.*}).
     *
     * @param type a journal record's type
     * @return true for a ledger record type
     */
    public static boolean owns(String type) {
        return type.startsWith(PREFIX);
    }

    /**
     * The record type of an entry.
     *
     * @param entry the entry
     * @return its type, e.g. {@code ledger.grant}
     */
    public static String of(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Reserve) {
            return PREFIX + "reserve";
        } else if (entry instanceof LedgerEntry.ReleaseReservation) {
            return PREFIX + "release-reservation";
        } else if (entry instanceof LedgerEntry.Grant) {
            return PREFIX + "grant";
        } else if (entry instanceof LedgerEntry.AmendGrant) {
            return PREFIX + "amend-grant";
        } else if (entry instanceof LedgerEntry.WithdrawGrant) {
            return PREFIX + "withdraw-grant";
        } else if (entry instanceof LedgerEntry.Advance) {
            return PREFIX + "advance";
        } else if (entry instanceof LedgerEntry.Determine) {
            return PREFIX + "determine";
        } else if (entry instanceof LedgerEntry.Reclaim) {
            return PREFIX + "reclaim";
        } else if (entry instanceof LedgerEntry.Transfer) {
            return PREFIX + "transfer";
        }
        return PREFIX + "ceiling";
    }
}
