package nl.sociaaldomein.atelier.budget;

import nl.sociaaldomein.atelier.money.Money;

/** A reservation at one moment: what is still earmarked after releases and conversions into grants. */
public record ReservationView(String reservationId, String potId, String purpose, Money outstanding) {
}
