package nl.sociaaldomein.atelier.budget;

/**
 * Turns ledger entries into journal payloads and back. The ledger takes one so that the domain
 * knows no serialisation library; {@code io.JsonLedgerCodec} is the JSON one
 * (docs/budgets.md, "Journal records", documents its shape).
 */
public interface LedgerCodec {

    /**
     * The entry's payload; its record type is {@link LedgerRecordTypes#of}.
     *
     * @param entry the entry
     * @return the payload to store
     */
    String encode(LedgerEntry entry);

    /**
     * The entry a payload of a ledger record type holds.
     *
     * @param type    the record's type, one of the ledger's
     * @param payload the stored payload
     * @return the entry
     * @throws IllegalArgumentException naming what is wrong, when the payload is not such an entry
     */
    LedgerEntry decode(String type, String payload);
}
