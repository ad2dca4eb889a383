package nl.sociaaldomein.atelier.budget;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Checks an entry against the running totals and, only when every check passes, applies it.
 * Checks run in a fixed order and the first failure is the rejection; a rejected entry changes
 * nothing. The reservation and transfer rules live here, the grant lifecycle in {@link GrantRules}.
 */
final class PostingRules {

    /** Dates in messages as the sources write them: 30-06-2016. */
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private PostingRules() {
    }

    /** Applies the entry, or returns why not. */
    static Optional<Rejection> post(LedgerState state, LedgerEntry entry) {
        Optional<Rejection> rejection;
        if (entry instanceof LedgerEntry.Reserve reserve) {
            rejection = reserve(state, reserve);
        } else if (entry instanceof LedgerEntry.ReleaseReservation release) {
            rejection = release(state, release);
        } else if (entry instanceof LedgerEntry.Transfer transfer) {
            rejection = transfer(state, transfer);
        } else if (entry instanceof LedgerEntry.SetCeiling ceiling) {
            rejection = setCeiling(state, ceiling);
        } else {
            rejection = GrantRules.post(state, entry);
        }
        if (rejection.isEmpty()) {
            state.entryCount++;
            state.noteAccepted(entry);
        }
        return rejection;
    }

    /** The pots whose figures the (accepted) entry changed. */
    static int[] touchedPots(LedgerState state, LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Reserve reserve) {
            return new int[] {state.potIndex.get(reserve.potId())};
        } else if (entry instanceof LedgerEntry.ReleaseReservation release) {
            return new int[] {state.reservations.get(release.reservationId()).pot};
        } else if (entry instanceof LedgerEntry.Transfer transfer) {
            return new int[] {state.potIndex.get(transfer.fromPotId()), state.potIndex.get(transfer.toPotId())};
        } else if (entry instanceof LedgerEntry.SetCeiling ceiling) {
            int pot = state.potIndex.get(ceiling.potId());
            return state.parents[pot] < 0 ? new int[] {pot} : new int[] {pot, state.parents[pot]};
        }
        return state.grants.get(GrantRules.initiativeIdOf(entry)).pots;
    }

    private static Optional<Rejection> reserve(LedgerState state, LedgerEntry.Reserve entry) {
        long amount = entry.amount().cents();
        if (amount <= 0) {
            return reject(RejectionKind.AMOUNT_NOT_POSITIVE, entry,
                "reservering '" + entry.reservationId() + "' van " + entry.amount() + " moet een positief bedrag zijn",
                "reservation '" + entry.reservationId() + "' of " + entry.amount() + " must be a positive amount");
        }
        Integer pot = state.potIndex.get(entry.potId());
        if (pot == null) {
            return unknownPot(entry, entry.potId());
        }
        if (state.reservations.containsKey(entry.reservationId())) {
            return reject(RejectionKind.RESERVATION_EXISTS, entry, "reservering '" + entry.reservationId() + "' bestaat al",
                "reservation '" + entry.reservationId() + "' already exists");
        }
        if (!state.periods[pot].contains(entry.effectiveDate())) {
            return outsidePeriod(state, entry, pot);
        }
        if (amount > state.remaining(pot)) {
            return reject(RejectionKind.EXCEEDS_REMAINING, entry, "reservering van " + entry.amount() + " voor '"
                + entry.purpose() + "' is meer dan de resterende " + eur(state.remaining(pot)) + " van pot '" + state.potNames[pot] + "'",
                "reservation of " + entry.amount() + " for '"
                + entry.purpose() + "' exceeds the remaining " + eur(state.remaining(pot)) + " of pot '" + state.potNames[pot] + "'");
        }
        state.reserved[pot] += amount;
        state.add(new ReservationState(entry.reservationId(), pot, entry.purpose(), entry.effectiveDate(), amount));
        return Optional.empty();
    }

    private static Optional<Rejection> release(LedgerState state, LedgerEntry.ReleaseReservation entry) {
        long amount = entry.amount().cents();
        if (amount <= 0) {
            return reject(RejectionKind.AMOUNT_NOT_POSITIVE, entry,
                "vrijgave van reservering '" + entry.reservationId() + "' van " + entry.amount() + " moet een positief bedrag zijn",
                "release of reservation '" + entry.reservationId() + "' of " + entry.amount() + " must be a positive amount");
        }
        ReservationState reservation = state.reservations.get(entry.reservationId());
        if (reservation == null) {
            return reject(RejectionKind.UNKNOWN_RESERVATION, entry, "er is geen reservering '" + entry.reservationId() + "'",
                "there is no reservation '" + entry.reservationId() + "'");
        }
        if (amount > reservation.outstanding) {
            return reject(RejectionKind.EXCEEDS_RESERVATION, entry, "vrijgave van " + entry.amount() + " is meer dan de "
                + eur(reservation.outstanding) + " die nog gereserveerd is voor '" + reservation.purpose + "'",
                "release of " + entry.amount() + " exceeds the "
                + eur(reservation.outstanding) + " still reserved for '" + reservation.purpose + "'");
        }
        state.saving(reservation);
        reservation.outstanding -= amount;
        state.reserved[reservation.pot] -= amount;
        state.touched(reservation);
        return Optional.empty();
    }

    private static Optional<Rejection> transfer(LedgerState state, LedgerEntry.Transfer entry) {
        long amount = entry.amount().cents();
        if (amount <= 0) {
            return reject(RejectionKind.AMOUNT_NOT_POSITIVE, entry, "overboeking van " + entry.amount() + " moet een positief bedrag zijn",
                "transfer of " + entry.amount() + " must be a positive amount");
        }
        Integer from = state.potIndex.get(entry.fromPotId());
        if (from == null) {
            return unknownPot(entry, entry.fromPotId());
        }
        Integer to = state.potIndex.get(entry.toPotId());
        if (to == null) {
            return unknownPot(entry, entry.toPotId());
        }
        if (from.equals(to) || state.parents[from] < 0 || state.parents[from] != state.parents[to]) {
            return reject(RejectionKind.NOT_SIBLINGS, entry, "overboeking van pot '" + state.potNames[from] + "' naar pot '"
                + state.potNames[to] + "': geld gaat alleen over tussen twee verschillende potten onder dezelfde bovenliggende pot",
                "transfer from pot '" + state.potNames[from] + "' to pot '"
                + state.potNames[to] + "': money moves only between two different pots with the same parent");
        }
        if (amount > state.remaining(from)) {
            return reject(RejectionKind.EXCEEDS_REMAINING, entry, "overboeking van " + entry.amount() + " naar pot '" + state.potNames[to]
                + "' is meer dan de resterende " + eur(state.remaining(from)) + " van pot '" + state.potNames[from] + "'",
                "transfer of " + entry.amount() + " to pot '" + state.potNames[to]
                + "' exceeds the remaining " + eur(state.remaining(from)) + " of pot '" + state.potNames[from] + "'");
        }
        state.ceiling[from] -= amount;
        state.ceiling[to] += amount;
        return Optional.empty();
    }

    private static Optional<Rejection> setCeiling(LedgerState state, LedgerEntry.SetCeiling entry) {
        long amount = entry.ceiling().cents();
        if (amount < 0) {
            return reject(RejectionKind.AMOUNT_NOT_POSITIVE, entry, "plafond van " + entry.ceiling() + " moet nul of meer zijn",
                "ceiling of " + entry.ceiling() + " must be zero or more");
        }
        Integer pot = state.potIndex.get(entry.potId());
        if (pot == null) {
            return unknownPot(entry, entry.potId());
        }
        // Both ceilings lie in [0, Long.MAX_VALUE], so their difference fits in a long.
        long change = amount - state.ceiling[pot];
        if (change < 0 && -change > state.remaining(pot)) {
            long committed = state.ceiling[pot] - state.remaining(pot);
            return reject(RejectionKind.CEILING_BELOW_COMMITTED, entry, "het plafond van pot '" + state.potNames[pot] + "' verlagen naar "
                + entry.ceiling() + " op " + DUTCH_DATE.format(entry.effectiveDate()) + " komt " + eur(committed - amount)
                + " tekort op de " + eur(committed) + " die de pot heeft toegekend, gereserveerd en aan onderliggende potten toegewezen",
                "lowering the ceiling of pot '" + state.potNames[pot] + "' to "
                + entry.ceiling() + " on " + DUTCH_DATE.format(entry.effectiveDate()) + " falls " + eur(committed - amount)
                + " short of the " + eur(committed) + " it has granted, reserved and allocated to its pots");
        }
        int parent = state.parents[pot];
        if (parent >= 0 && change > state.remaining(parent)) {
            return reject(RejectionKind.EXCEEDS_REMAINING, entry, "het plafond van pot '" + state.potNames[pot] + "' verhogen naar "
                + entry.ceiling() + " is meer dan de resterende " + eur(state.remaining(parent)) + " van pot '" + state.potNames[parent] + "'",
                "raising the ceiling of pot '" + state.potNames[pot] + "' to "
                + entry.ceiling() + " exceeds the remaining " + eur(state.remaining(parent)) + " of pot '" + state.potNames[parent] + "'");
        }
        state.ceiling[pot] = amount;
        if (parent >= 0) {
            state.allocatedToChildren[parent] += change;
        }
        return Optional.empty();
    }

    static Optional<Rejection> unknownPot(LedgerEntry entry, String potId) {
        return reject(RejectionKind.UNKNOWN_POT, entry, "er is geen pot '" + potId + "'", "there is no pot '" + potId + "'");
    }

    static Optional<Rejection> outsidePeriod(LedgerState state, LedgerEntry entry, int pot) {
        return reject(RejectionKind.OUTSIDE_PERIOD, entry, "ingangsdatum " + DUTCH_DATE.format(entry.effectiveDate()) + " ligt buiten de periode "
            + state.periods[pot] + " van pot '" + state.potNames[pot] + "'",
            "effective date " + DUTCH_DATE.format(entry.effectiveDate()) + " lies outside the period "
            + state.periods[pot] + " of pot '" + state.potNames[pot] + "'");
    }

    static Optional<Rejection> reject(RejectionKind kind, LedgerEntry entry, String nl, String en) {
        return Optional.of(new Rejection(kind, entry.id(), Text.of(nl, en)));
    }

    static String eur(long cents) {
        return Money.ofCents(cents).toString();
    }
}
