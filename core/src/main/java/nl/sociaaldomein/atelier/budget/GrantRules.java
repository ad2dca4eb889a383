package nl.sociaaldomein.atelier.budget;

import static nl.sociaaldomein.atelier.budget.PostingRules.eur;
import static nl.sociaaldomein.atelier.budget.PostingRules.reject;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The grant lifecycle (verlening, wijziging, intrekking, voorschot, vaststelling, terugvordering). */
final class GrantRules {

    private GrantRules() {
    }

    /** Whether the entry belongs to a grant's lifecycle (and so names an initiative). */
    static boolean isGrantEntry(LedgerEntry entry) {
        return entry instanceof LedgerEntry.Grant || entry instanceof LedgerEntry.AmendGrant || entry instanceof LedgerEntry.WithdrawGrant
            || entry instanceof LedgerEntry.Advance || entry instanceof LedgerEntry.Determine || entry instanceof LedgerEntry.Reclaim;
    }

    static String initiativeIdOf(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Grant e) {
            return e.initiativeId();
        } else if (entry instanceof LedgerEntry.AmendGrant e) {
            return e.initiativeId();
        } else if (entry instanceof LedgerEntry.WithdrawGrant e) {
            return e.initiativeId();
        } else if (entry instanceof LedgerEntry.Advance e) {
            return e.initiativeId();
        } else if (entry instanceof LedgerEntry.Determine e) {
            return e.initiativeId();
        } else if (entry instanceof LedgerEntry.Reclaim e) {
            return e.initiativeId();
        }
        throw new IllegalArgumentException("not a grant entry: " + entry);
    }

    static Optional<Rejection> post(LedgerState state, LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Grant grant) {
            return grant(state, grant);
        }
        long amount = amountOf(entry);
        if (amount < 0 || (amount == 0 && !(entry instanceof LedgerEntry.Determine || entry instanceof LedgerEntry.WithdrawGrant))) {
            return reject(RejectionKind.AMOUNT_NOT_POSITIVE, entry, "het bedrag " + eur(amount) + " moet "
                + (entry instanceof LedgerEntry.Determine ? "nul of meer" : "positief") + " zijn",
                "the amount " + eur(amount) + " must be "
                + (entry instanceof LedgerEntry.Determine ? "zero or more" : "positive"));
        }
        GrantState grant = state.grants.get(initiativeIdOf(entry));
        if (grant == null) {
            return reject(RejectionKind.UNKNOWN_GRANT, entry, "er is geen toekenning voor initiatief '" + initiativeIdOf(entry) + "'",
                "there is no grant for initiative '" + initiativeIdOf(entry) + "'");
        }
        if (entry instanceof LedgerEntry.Reclaim) {
            return reclaim(state, entry, grant, amount);
        }
        if (grant.status() != GrantStatus.GRANTED) {
            return reject(RejectionKind.GRANT_CLOSED, entry, "de toekenning voor '" + grant.title + "' is "
                + (grant.status() == GrantStatus.WITHDRAWN ? "ingetrokken" : "vastgesteld") + " en kan niet meer veranderen",
                "the grant for '" + grant.title + "' is "
                + grant.status().name().toLowerCase(java.util.Locale.ROOT) + " and can no longer change");
        }
        if (entry instanceof LedgerEntry.AmendGrant) {
            return amend(state, entry, grant, amount);
        } else if (entry instanceof LedgerEntry.WithdrawGrant) {
            if (grant.advanced > 0) {
                return reject(RejectionKind.BELOW_ADVANCES, entry, "op de toekenning voor '" + grant.title + "' is " + eur(grant.advanced)
                    + " bevoorschot; stel haar vast (zo nodig op € 0) en vorder terug in plaats van in te trekken",
                    "the grant for '" + grant.title + "' has " + eur(grant.advanced)
                    + " advanced; determine it (at € 0 if need be) and reclaim instead of withdrawing");
            }
            return change(state, entry, grant, g -> g.withdrawn = true);
        } else if (entry instanceof LedgerEntry.Advance) {
            if (amount > grant.granted - grant.advanced) {
                return reject(RejectionKind.EXCEEDS_GRANT, entry, "voorschot van " + eur(amount) + " voor '" + grant.title
                    + "' is meer dan de " + eur(grant.granted - grant.advanced) + " van de toekenning die nog niet bevoorschot is",
                    "advance of " + eur(amount) + " for '" + grant.title
                    + "' exceeds the " + eur(grant.granted - grant.advanced) + " of the grant not yet advanced");
            }
            return change(state, entry, grant, g -> g.advanced += amount);
        }
        if (amount > grant.granted) {
            return reject(RejectionKind.EXCEEDS_GRANT, entry, "vaststelling van " + eur(amount) + " voor '" + grant.title
                + "' is meer dan de toekenning van " + eur(grant.granted),
                "final determination of " + eur(amount) + " for '" + grant.title
                + "' exceeds the grant of " + eur(grant.granted));
        }
        return change(state, entry, grant, g -> g.determined = amount);
    }

    private static Optional<Rejection> grant(LedgerState state, LedgerEntry.Grant entry) {
        long amount = entry.amount().cents();
        if (amount <= 0) {
            return reject(RejectionKind.AMOUNT_NOT_POSITIVE, entry, "toekenning van " + entry.amount() + " voor '" + entry.title()
                + "' moet een positief bedrag zijn",
                "grant of " + entry.amount() + " for '" + entry.title()
                + "' must be a positive amount");
        }
        if (state.grants.containsKey(entry.initiativeId())) {
            return reject(RejectionKind.GRANT_EXISTS, entry, "initiatief '" + entry.title() + "' heeft al een toekenning; wijzig die",
                "initiative '" + entry.title() + "' already has a grant; amend it instead");
        }
        List<Funding> funding = entry.funding();
        int[] pots = new int[funding.size()];
        long[] weights = new long[funding.size()];
        boolean anyPositive = false;
        for (int i = 0; i < pots.length; i++) {
            Integer pot = state.potIndex.get(funding.get(i).potId());
            if (pot == null) {
                return PostingRules.unknownPot(entry, funding.get(i).potId());
            }
            pots[i] = pot;
            weights[i] = funding.get(i).weight();
            for (int j = 0; j < i; j++) {
                if (pots[j] == pot) {
                    return reject(RejectionKind.INVALID_FUNDING, entry, "pot '" + state.potNames[pot] + "' staat twee keer in de financiering",
                        "pot '" + state.potNames[pot] + "' is named twice in the funding");
                }
            }
            if (weights[i] < 0) {
                return reject(RejectionKind.INVALID_FUNDING, entry, "financieringsgewicht " + weights[i] + " van pot '"
                    + state.potNames[pot] + "' is negatief",
                    "funding weight " + weights[i] + " of pot '"
                    + state.potNames[pot] + "' is negative");
            }
            // Weights are ratios: their sum may exceed a long (the split works in BigInteger).
            anyPositive |= weights[i] > 0;
        }
        if (!anyPositive) {
            return reject(RejectionKind.INVALID_FUNDING, entry, "de toekenning voor '" + entry.title() + "' heeft een pot met een positief gewicht nodig",
                "the grant for '" + entry.title() + "' needs a funding pot with a positive weight");
        }
        for (int pot : pots) {
            if (!state.periods[pot].contains(entry.effectiveDate())) {
                return PostingRules.outsidePeriod(state, entry, pot);
            }
        }
        ReservationState reservation = null;
        int reservationSlot = -1;
        if (entry.reservationId().isPresent()) {
            reservation = state.reservations.get(entry.reservationId().get());
            if (reservation == null) {
                return reject(RejectionKind.UNKNOWN_RESERVATION, entry, "er is geen reservering '" + entry.reservationId().get() + "'",
                    "there is no reservation '" + entry.reservationId().get() + "'");
            }
            for (int i = 0; i < pots.length; i++) {
                reservationSlot = pots[i] == reservation.pot ? i : reservationSlot;
            }
            if (reservationSlot < 0) {
                return reject(RejectionKind.RESERVATION_NOT_IN_FUNDING, entry, "reservering '" + reservation.reservationId
                    + "' staat in pot '" + state.potNames[reservation.pot] + "', die deze toekenning niet financiert",
                    "reservation '" + reservation.reservationId
                    + "' is in pot '" + state.potNames[reservation.pot] + "', which does not fund this grant");
            }
        }
        long[] parts = Apportion.split(amount, weights);
        long fromReservation = reservation == null ? 0 : Math.min(parts[reservationSlot], reservation.outstanding);
        for (int i = 0; i < pots.length; i++) {
            long needed = parts[i] - (i == reservationSlot ? fromReservation : 0);
            if (needed > state.remaining(pots[i])) {
                return exceeds(entry, "toekenning van " + entry.amount() + " voor '" + entry.title() + "'",
                    "grant of " + entry.amount() + " for '" + entry.title() + "'", amount, needed, state, pots[i]);
            }
        }
        if (reservation != null) {
            state.saving(reservation);
            reservation.outstanding -= fromReservation;
            state.reserved[reservation.pot] -= fromReservation;
            state.touched(reservation);
        }
        GrantState grant = new GrantState(entry.initiativeId(), entry.title(), entry.effectiveDate(), funding, pots, weights, amount);
        state.add(grant);
        grant.contribute(state);
        return Optional.empty();
    }

    private static Optional<Rejection> amend(LedgerState state, LedgerEntry entry, GrantState grant, long newAmount) {
        if (newAmount < grant.advanced) {
            return reject(RejectionKind.BELOW_ADVANCES, entry, "de toekenning voor '" + grant.title + "' wijzigen naar " + eur(newAmount)
                + " komt onder de " + eur(grant.advanced) + " die al bevoorschot is",
                "amending the grant for '" + grant.title + "' to " + eur(newAmount)
                + " goes below the " + eur(grant.advanced) + " already advanced");
        }
        long[] newParts = grant.pots.length == 1 ? new long[] {newAmount} : grant.partsAfterAmending(newAmount);
        long[] current = grant.committedParts();
        for (int i = 0; i < grant.pots.length; i++) {
            long needed = newParts[i] - current[i];
            if (needed > 0 && needed > state.remaining(grant.pots[i])) {
                return exceeds(entry, "de toekenning voor '" + grant.title + "' verhogen naar " + eur(newAmount),
                    "raising the grant for '" + grant.title + "' to " + eur(newAmount), newAmount - grant.granted, needed, state, grant.pots[i]);
            }
        }
        long[] parts = grant.pots.length == 1 ? null : newParts;
        return change(state, entry, grant, g -> {
            g.granted = newAmount;
            g.grantedParts = parts;
        });
    }

    private static Optional<Rejection> reclaim(LedgerState state, LedgerEntry entry, GrantState grant, long amount) {
        if (grant.status() != GrantStatus.DETERMINED) {
            return reject(RejectionKind.NOT_DETERMINED, entry, "de toekenning voor '" + grant.title
                + "' is nog niet vastgesteld, dus er valt niets terug te vorderen",
                "the grant for '" + grant.title
                + "' has no final determination yet, so nothing is reclaimable");
        }
        long outstanding = grant.reclaimable() - grant.reclaimed;
        if (amount > outstanding) {
            return reject(RejectionKind.EXCEEDS_RECLAIMABLE, entry, "terugvordering van " + eur(amount) + " van '" + grant.title
                + "' is meer dan de " + eur(outstanding) + " die nog terug te vorderen is",
                "reclaim of " + eur(amount) + " from '" + grant.title
                + "' exceeds the " + eur(outstanding) + " still reclaimable");
        }
        return change(state, entry, grant, g -> g.reclaimed += amount);
    }

    /**
     * Changes a grant's figures and its pots' totals. The pots' totals of advances and reclaimable
     * amounts are not bounded by a ceiling (a grant determined at € 0 keeps its advances), so the
     * change is first tried on a copy: a total that would leave the range of amounts is refused,
     * never wrapped.
     */
    private static Optional<Rejection> change(LedgerState state, LedgerEntry entry, GrantState grant, Consumer<GrantState> mutation) {
        GrantState after = grant.copy();
        mutation.accept(after);
        int pot = grant.overflowingPot(state, after);
        if (pot >= 0) {
            return reject(RejectionKind.TOTAL_TOO_LARGE, entry, "deze wijziging van de toekenning voor '" + grant.title
                + "' zou een totaal van pot '" + state.potNames[pot] + "' boven " + eur(Long.MAX_VALUE) + " brengen",
                "this change to the grant for '" + grant.title
                + "' would take a total of pot '" + state.potNames[pot] + "' beyond " + eur(Long.MAX_VALUE));
        }
        state.saving(grant);
        grant.retract(state);
        mutation.accept(grant);
        grant.contribute(state);
        return Optional.empty();
    }

    /** "X exceeds the remaining € r of pot 'P'", naming the pot's part when the grant is split. */
    private static Optional<Rejection> exceeds(LedgerEntry entry, String whatNl, String whatEn, long total, long needed,
                                               LedgerState state, int pot) {
        String remaining = eur(state.remaining(pot));
        String potName = state.potNames[pot];
        String partNl = needed == total ? "" : " (het deel " + eur(needed) + ")";
        String partEn = needed == total ? "" : " (its part " + eur(needed) + ")";
        return reject(RejectionKind.EXCEEDS_REMAINING, entry,
            whatNl + partNl + " is meer dan de resterende " + remaining + " van pot '" + potName + "'",
            whatEn + partEn + " exceeds the remaining " + remaining + " of pot '" + potName + "'");
    }

    private static long amountOf(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.AmendGrant e) {
            return e.newAmount().cents();
        } else if (entry instanceof LedgerEntry.Advance e) {
            return e.amount().cents();
        } else if (entry instanceof LedgerEntry.Determine e) {
            return e.amount().cents();
        } else if (entry instanceof LedgerEntry.Reclaim e) {
            return e.amount().cents();
        }
        return 0; // a withdrawal carries no amount
    }
}
