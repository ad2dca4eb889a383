package nl.sociaaldomein.atelier.budget;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * One line of the append-only budget ledger. Every entry carries a caller-chosen {@link #id()}
 * (the idempotency key: posting the same entry twice has the effect of posting it once), the date
 * it takes effect, a reason, and who recorded it. Amounts are checked when posting, so that a bad
 * amount is a refusal ({@code ledger.amount-not-positive} in a failed result), not an exception.
 */
public sealed interface LedgerEntry {

    /**
     * {@return the caller-chosen id, the idempotency key: posting an entry with this id again has no further effect}
     */
    String id();

    /**
     * {@return the day the entry takes effect in the budget; the moment it was recorded is kept apart, in {@link RecordedEntry}}
     */
    LocalDate effectiveDate();

    /** {@return why the entry was made, in words for the record} */
    String reason();

    /** {@return who recorded the entry} */
    String recordedBy();

    /**
     * Reservering: earmark money in a pot for a named purpose (a pending initiative, ideas later in the year).
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param reservationId the reservation's own id, by which it is released or converted into a grant
     * @param potId         the budget pot
     * @param amount        the amount to earmark, in euro cents (checked when posted)
     * @param purpose       what the money is earmarked for
     */
    record Reserve(String id, LocalDate effectiveDate, String reason, String recordedBy,
                   String reservationId, String potId, Money amount, String purpose) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param reservationId the reservation's own id, by which it is released or converted into a grant
         * @param potId         the budget pot
         * @param amount        the amount to earmark, in euro cents (checked when posted)
         * @param purpose       what the money is earmarked for
         * @throws IllegalArgumentException when the id is blank
         */
        public Reserve {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(reservationId, "reservationId");
            requireNonNull(potId, "potId");
            requireNonNull(amount, "amount");
            requireNonNull(purpose, "purpose");
        }
    }

    /**
     * Gives (part of) a reservation back to the pot's free budget.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param reservationId the reservation
     * @param amount        the amount given back to the pot's free budget
     */
    record ReleaseReservation(String id, LocalDate effectiveDate, String reason, String recordedBy,
                              String reservationId, Money amount) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param reservationId the reservation
         * @param amount        the amount given back to the pot's free budget
         * @throws IllegalArgumentException when the id is blank
         */
        public ReleaseReservation {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(reservationId, "reservationId");
            requireNonNull(amount, "amount");
        }
    }

    /**
     * Verlening (Awb 4:29): grants {@code amount} to an initiative, split over the funding pots by
     * their weights. With a {@code reservationId} the grant converts that reservation: its part
     * in the reservation's pot is taken from the reservation first, then from free budget.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param initiativeId  the initiative
     * @param title         the initiative's title
     * @param amount        the amount granted, all pots together
     * @param funding       the pots the grant is split over, with their weights
     * @param reservationId the reservation the grant converts, if any
     */
    record Grant(String id, LocalDate effectiveDate, String reason, String recordedBy,
                 String initiativeId, String title, Money amount, List<Funding> funding,
                 Optional<String> reservationId) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank; keeps a copy of the funding.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param initiativeId  the initiative
         * @param title         the initiative's title
         * @param amount        the amount granted, all pots together
         * @param funding       the pots the grant is split over, with their weights
         * @param reservationId the reservation the grant converts, if any
         * @throws IllegalArgumentException when the id is blank
         */
        public Grant {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(initiativeId, "initiativeId");
            requireNonNull(title, "title");
            requireNonNull(amount, "amount");
            funding = List.copyOf(funding);
            requireNonNull(reservationId, "reservationId");
        }
    }

    /**
     * Changes a grant (up or down) to {@code newAmount}, split by the grant's original weights.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param initiativeId  the initiative
     * @param newAmount     the grant's new amount
     */
    record AmendGrant(String id, LocalDate effectiveDate, String reason, String recordedBy,
                      String initiativeId, Money newAmount) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param initiativeId  the initiative
         * @param newAmount     the grant's new amount
         * @throws IllegalArgumentException when the id is blank
         */
        public AmendGrant {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(initiativeId, "initiativeId");
            requireNonNull(newAmount, "newAmount");
        }
    }

    /**
     * Intrekking: withdraws a grant on which nothing has been advanced; its money goes back to the pots.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param initiativeId  the initiative
     */
    record WithdrawGrant(String id, LocalDate effectiveDate, String reason, String recordedBy,
                         String initiativeId) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param initiativeId  the initiative
         * @throws IllegalArgumentException when the id is blank
         */
        public WithdrawGrant {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(initiativeId, "initiativeId");
        }
    }

    /**
     * Voorschot (Awb 4:95): pays part of a grant in advance; all advances together never exceed it.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param initiativeId  the initiative
     * @param amount        the amount paid in advance
     */
    record Advance(String id, LocalDate effectiveDate, String reason, String recordedBy,
                   String initiativeId, Money amount) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param initiativeId  the initiative
         * @param amount        the amount paid in advance
         * @throws IllegalArgumentException when the id is blank
         */
        public Advance {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(initiativeId, "initiativeId");
            requireNonNull(amount, "amount");
        }
    }

    /**
     * Vaststelling (Awb 4:42): fixes the final subsidy, at most the grant. From then on the grant
     * counts at this amount and the difference goes back to its pots; advances above it become
     * reclaimable.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param initiativeId  the initiative
     * @param amount        the final subsidy, at most the grant
     */
    record Determine(String id, LocalDate effectiveDate, String reason, String recordedBy,
                     String initiativeId, Money amount) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param initiativeId  the initiative
         * @param amount        the final subsidy, at most the grant
         * @throws IllegalArgumentException when the id is blank
         */
        public Determine {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(initiativeId, "initiativeId");
            requireNonNull(amount, "amount");
        }
    }

    /**
     * Terugvordering (Awb 4:57): records reclaiming advances paid above the final determination.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param initiativeId  the initiative
     * @param amount        the amount reclaimed
     */
    record Reclaim(String id, LocalDate effectiveDate, String reason, String recordedBy,
                   String initiativeId, Money amount) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param initiativeId  the initiative
         * @param amount        the amount reclaimed
         * @throws IllegalArgumentException when the id is blank
         */
        public Reclaim {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(initiativeId, "initiativeId");
            requireNonNull(amount, "amount");
        }
    }

    /**
     * Moves free budget (ceiling) from one pot to a sibling pot; the parent's total is unchanged.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param fromPotId     the pot that gives up free budget
     * @param toPotId       the sibling pot that receives it
     * @param amount        the free budget moved
     */
    record Transfer(String id, LocalDate effectiveDate, String reason, String recordedBy,
                    String fromPotId, String toPotId, Money amount) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param fromPotId     the pot that gives up free budget
         * @param toPotId       the sibling pot that receives it
         * @param amount        the free budget moved
         * @throws IllegalArgumentException when the id is blank
         */
        public Transfer {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(fromPotId, "fromPotId");
            requireNonNull(toPotId, "toPotId");
            requireNonNull(amount, "amount");
        }
    }

    /**
     * Subsidieplafond (Awb 4:22, 4:25): sets a pot's ceiling to {@code ceiling} from
     * {@code effectiveDate} on, raising or lowering it. {@code publishedOn} is the day the change
     * was made known (bekendgemaakt); it is kept for the record. A lowering below what the pot
     * has granted, reserved and allocated to its child pots is refused with the shortfall; a
     * raise of a child pot must fit in its parent.
     *
     * @param id            the caller-chosen id; posting the same entry again has no further effect
     * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
     * @param reason        why, in words for the record
     * @param recordedBy    who recorded it
     * @param potId         the budget pot
     * @param ceiling       the pot's new ceiling (subsidieplafond)
     * @param publishedOn   the day the change was made known (bekendgemaakt)
     */
    record SetCeiling(String id, LocalDate effectiveDate, String reason, String recordedBy,
                      String potId, Money ceiling, LocalDate publishedOn) implements LedgerEntry {
        /**
         * Checks that every component is given and the id is not blank.
         *
         * @param id            the caller-chosen id; posting the same entry again has no further effect
         * @param effectiveDate the day the entry takes effect in the budget (not the moment it was recorded)
         * @param reason        why, in words for the record
         * @param recordedBy    who recorded it
         * @param potId         the budget pot
         * @param ceiling       the pot's new ceiling (subsidieplafond)
         * @param publishedOn   the day the change was made known (bekendgemaakt)
         * @throws IllegalArgumentException when the id is blank
         */
        public SetCeiling {
            header(id, effectiveDate, reason, recordedBy);
            requireNonNull(potId, "potId");
            requireNonNull(ceiling, "ceiling");
            requireNonNull(publishedOn, "publishedOn");
        }
    }

    private static void header(String id, LocalDate effectiveDate, String reason, String recordedBy) {
        requireNonNull(id, "id");
        requireNonNull(effectiveDate, "effectiveDate");
        requireNonNull(reason, "reason");
        requireNonNull(recordedBy, "recordedBy");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a ledger entry's id must not be blank");
        }
    }
}
