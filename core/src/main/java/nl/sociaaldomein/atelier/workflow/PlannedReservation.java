package nl.sociaaldomein.atelier.workflow;

import java.util.Objects;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Money kept back in a pot for a purpose that is no initiative of the round yet, e.g. Groningen's
 * "Daarnaast reserveren we een deel van het budget voor innovatieve ideeën die zich in de loop van
 * het jaar mogelijk nog melden" (000_54832993d59957fc.txt).
 *
 * @param id      unique in the round; part of the ledger entry's id, so a re-run posts it once
 * @param potId   the pot it is kept in
 * @param amount  positive
 * @param purpose what it is for, for people
 */
public record PlannedReservation(String id, String potId, Money amount, String purpose) {

    /**
     * Checks that no component is missing.
     *
     * @param id      unique in the round; part of the ledger entry's id, so a re-run posts it once
     * @param potId   the pot it is kept in
     * @param amount  positive
     * @param purpose what it is for, for people
     */
    public PlannedReservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(potId, "potId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(purpose, "purpose");
    }
}
