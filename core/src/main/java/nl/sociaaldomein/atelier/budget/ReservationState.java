package nl.sociaaldomein.atelier.budget;

import nl.sociaaldomein.atelier.money.Money;

/** A reservation's running figure; mutated only by {@link PostingRules} under the ledger's lock. */
final class ReservationState {

    final String reservationId;
    final int pot;
    final String purpose;
    /** The effective date of the reservation's entry: views list reservations in that order. */
    final java.time.LocalDate createdOn;
    long outstanding;
    /** Position in creation order, and whether changed since the last checkpoint (see {@link Checkpoint}). */
    int index;
    boolean changed;

    ReservationState(String reservationId, int pot, String purpose, java.time.LocalDate createdOn, long outstanding) {
        this.reservationId = reservationId;
        this.pot = pot;
        this.purpose = purpose;
        this.createdOn = createdOn;
        this.outstanding = outstanding;
    }

    ReservationView view(LedgerState state) {
        return new ReservationView(reservationId, state.potIds[pot], purpose, Money.ofCents(outstanding));
    }
}
