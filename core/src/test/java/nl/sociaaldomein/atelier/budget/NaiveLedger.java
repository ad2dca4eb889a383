package nl.sociaaldomein.atelier.budget;

import static nl.sociaaldomein.atelier.budget.RejectionKind.*;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The reference model for the stateful tests: the accepted entries in the order they were
 * recorded, each with the moment it was recorded, and every question answered by re-summing
 * from the start. A batch is accepted when the replay of all entries by effective date (ties in
 * recording order), the batch's among them, accepts every one; the rejection is the first one
 * that replay meets. It knows the rules in the order the ledger documents them, and nothing
 * about running totals or checkpoints.
 */
final class NaiveLedger {

    final BudgetTree tree;
    /** In recording order. */
    final List<LedgerEntry> accepted = new ArrayList<>();
    final List<Instant> recordedAt = new ArrayList<>();
    /** The replay of every accepted entry by effective date: the state now. */
    private NaiveState now;

    NaiveLedger(BudgetTree tree) {
        this.tree = tree;
        this.now = new NaiveState(tree, List.of());
    }

    /** Right(true) for a batch of retries only, Right(false) for an accepted batch, Left(kind) for a rejection. */
    Either<RejectionKind, Boolean> post(List<LedgerEntry> batch, Instant at) {
        List<LedgerEntry> fresh = new ArrayList<>();
        for (LedgerEntry entry : batch) {
            LedgerEntry before = Stream.concat(accepted.stream(), fresh.stream()).filter(old -> old.id().equals(entry.id()))
                .findFirst().orElse(null);
            if (before != null) {
                if (!before.equals(entry)) {
                    return Either.left(EXISTS_WITH_DIFFERENT_FIELDS);
                }
                continue;
            }
            fresh.add(entry);
        }
        if (fresh.isEmpty()) {
            return Either.right(true);
        }
        // In date order the replay's prefix is the state now, so only the batch needs checking (a shortcut
        // for speed that gives the same answer); otherwise everything is replayed.
        boolean inOrder = inOrder(fresh);
        NaiveState replayed = inOrder ? now.copy() : new NaiveState(tree, List.of());
        List<LedgerEntry> all = new ArrayList<>(inOrder ? List.of() : accepted);
        all.addAll(fresh);
        for (LedgerEntry entry : byEffectiveDate(all)) {
            Optional<RejectionKind> rejection = check(replayed, entry);
            if (rejection.isPresent()) {
                return Either.left(rejection.get());
            }
            replayed.apply(entry);
        }
        if (!recordedAt.isEmpty() && !at.isAfter(recordedAt.get(recordedAt.size() - 1))) {
            throw new AssertionError("recorded at " + at + ", not after the last batch's " + recordedAt.get(recordedAt.size() - 1));
        }
        accepted.addAll(fresh);
        fresh.forEach(e -> recordedAt.add(at));
        now = replayed;
        return Either.right(false);
    }

    /** Whether the batch's new entries all lie on or after every accepted entry's date (in their own order too). */
    boolean inOrder(List<LedgerEntry> batch) {
        LocalDate last = latest();
        for (LedgerEntry entry : batch) {
            if (entry.effectiveDate().isBefore(last)) {
                return false;
            }
            last = entry.effectiveDate();
        }
        return true;
    }

    LocalDate latest() {
        return accepted.stream().map(LedgerEntry::effectiveDate).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    /** Stable: ties keep recording order. */
    static List<LedgerEntry> byEffectiveDate(List<LedgerEntry> entries) {
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(LedgerEntry::effectiveDate));
        return sorted;
    }

    NaiveState state() {
        return now;
    }

    BudgetView view() {
        return viewOf(byEffectiveDate(accepted));
    }

    BudgetView viewAsOf(LocalDate date) {
        return viewAsOf(date, null);
    }

    /** The replay of the entries effective up to {@code date} and recorded at or before {@code knownAt} (null: all). */
    BudgetView viewAsOf(LocalDate date, Instant knownAt) {
        List<LedgerEntry> known = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            if (!accepted.get(i).effectiveDate().isAfter(date) && (knownAt == null || !recordedAt.get(i).isAfter(knownAt))) {
                known.add(accepted.get(i));
            }
        }
        return viewOf(byEffectiveDate(known));
    }

    private BudgetView viewOf(List<LedgerEntry> entries) {
        NaiveState s = new NaiveState(tree, entries);
        Map<String, PotView> pots = new LinkedHashMap<>();
        tree.pots().forEach(pot -> pots.put(pot.id(), s.potView(pot)));
        Map<String, GrantView> grants = new LinkedHashMap<>();
        s.grants.forEach((id, g) -> grants.put(id, s.grantView(id, g)));
        Map<String, ReservationView> reservations = new LinkedHashMap<>();
        s.reservations.forEach((id, r) -> reservations.put(id, new ReservationView(id, r.potId, r.purpose,
            nl.sociaaldomein.atelier.money.Money.ofCents(r.outstanding))));
        return new BudgetView(entries.size(), pots, grants, reservations);
    }

    private Optional<RejectionKind> check(NaiveState s, LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Reserve e) {
            return first(when(() -> e.amount().cents() <= 0, AMOUNT_NOT_POSITIVE),
                when(() -> tree.pot(e.potId()).isEmpty(), UNKNOWN_POT),
                when(() -> s.reservations.containsKey(e.reservationId()), RESERVATION_EXISTS),
                when(() -> !tree.pot(e.potId()).get().period().contains(e.effectiveDate()), OUTSIDE_PERIOD),
                when(() -> e.amount().cents() > s.remaining(e.potId()), EXCEEDS_REMAINING));
        } else if (entry instanceof LedgerEntry.ReleaseReservation e) {
            return first(when(() -> e.amount().cents() <= 0, AMOUNT_NOT_POSITIVE),
                when(() -> !s.reservations.containsKey(e.reservationId()), UNKNOWN_RESERVATION),
                when(() -> e.amount().cents() > s.reservations.get(e.reservationId()).outstanding, EXCEEDS_RESERVATION));
        } else if (entry instanceof LedgerEntry.Transfer e) {
            return first(when(() -> e.amount().cents() <= 0, AMOUNT_NOT_POSITIVE),
                when(() -> tree.pot(e.fromPotId()).isEmpty(), UNKNOWN_POT),
                when(() -> tree.pot(e.toPotId()).isEmpty(), UNKNOWN_POT),
                when(() -> e.fromPotId().equals(e.toPotId()) || tree.pot(e.fromPotId()).get().parentId().isEmpty()
                    || !tree.pot(e.fromPotId()).get().parentId().equals(tree.pot(e.toPotId()).get().parentId()), NOT_SIBLINGS),
                when(() -> e.amount().cents() > s.remaining(e.fromPotId()), EXCEEDS_REMAINING));
        } else if (entry instanceof LedgerEntry.Grant e) {
            return checkGrant(s, e);
        } else if (entry instanceof LedgerEntry.SetCeiling e) {
            return first(when(() -> e.ceiling().cents() < 0, AMOUNT_NOT_POSITIVE),
                when(() -> tree.pot(e.potId()).isEmpty(), UNKNOWN_POT),
                when(() -> s.ceilings.get(e.potId()) - e.ceiling().cents() > s.remaining(e.potId()), CEILING_BELOW_COMMITTED),
                when(() -> tree.pot(e.potId()).get().parentId().isPresent()
                    && e.ceiling().cents() - s.ceilings.get(e.potId()) > s.remaining(tree.pot(e.potId()).get().parentId().get()),
                    EXCEEDS_REMAINING));
        }
        return checkLifecycle(s, entry);
    }

    private Optional<RejectionKind> checkGrant(NaiveState s, LedgerEntry.Grant e) {
        if (e.amount().cents() <= 0) {
            return Optional.of(AMOUNT_NOT_POSITIVE);
        }
        if (s.grants.containsKey(e.initiativeId())) {
            return Optional.of(GRANT_EXISTS);
        }
        Set<String> seen = new HashSet<>();
        for (Funding f : e.funding()) {
            if (tree.pot(f.potId()).isEmpty()) {
                return Optional.of(UNKNOWN_POT);
            }
            if (!seen.add(f.potId()) || f.weight() < 0) {
                return Optional.of(INVALID_FUNDING);
            }
        }
        if (e.funding().stream().noneMatch(f -> f.weight() > 0)) {
            return Optional.of(INVALID_FUNDING);
        }
        if (e.funding().stream().anyMatch(f -> !tree.pot(f.potId()).get().period().contains(e.effectiveDate()))) {
            return Optional.of(OUTSIDE_PERIOD);
        }
        NaiveState.Reservation reservation = null;
        if (e.reservationId().isPresent()) {
            reservation = s.reservations.get(e.reservationId().get());
            if (reservation == null) {
                return Optional.of(UNKNOWN_RESERVATION);
            }
            if (!seen.contains(reservation.potId)) {
                return Optional.of(RESERVATION_NOT_IN_FUNDING);
            }
        }
        long[] parts = NaiveState.split(e.amount().cents(), e.funding().stream().mapToLong(Funding::weight).toArray());
        for (int i = 0; i < parts.length; i++) {
            String pot = e.funding().get(i).potId();
            long fromReservation = reservation != null && reservation.potId.equals(pot) ? Math.min(parts[i], reservation.outstanding) : 0;
            if (parts[i] - fromReservation > s.remaining(pot)) {
                return Optional.of(EXCEEDS_REMAINING);
            }
        }
        return Optional.empty();
    }

    private Optional<RejectionKind> checkLifecycle(NaiveState s, LedgerEntry entry) {
        String initiativeId = GrantRules.initiativeIdOf(entry);
        long amount = entry instanceof LedgerEntry.AmendGrant e ? e.newAmount().cents()
            : entry instanceof LedgerEntry.Advance e ? e.amount().cents()
            : entry instanceof LedgerEntry.Determine e ? e.amount().cents()
            : entry instanceof LedgerEntry.Reclaim e ? e.amount().cents() : 0;
        boolean zeroAllowed = entry instanceof LedgerEntry.Determine || entry instanceof LedgerEntry.WithdrawGrant;
        if (amount < 0 || (amount == 0 && !zeroAllowed)) {
            return Optional.of(AMOUNT_NOT_POSITIVE);
        }
        NaiveState.Grant g = s.grants.get(initiativeId);
        if (g == null) {
            return Optional.of(UNKNOWN_GRANT);
        }
        if (entry instanceof LedgerEntry.Reclaim) {
            return first(when(() -> g.status() != GrantStatus.DETERMINED, NOT_DETERMINED),
                when(() -> amount > g.reclaimable() - g.reclaimed, EXCEEDS_RECLAIMABLE));
        }
        if (g.status() != GrantStatus.GRANTED) {
            return Optional.of(GRANT_CLOSED);
        }
        if (entry instanceof LedgerEntry.AmendGrant) {
            if (amount < g.advanced) {
                return Optional.of(BELOW_ADVANCES);
            }
            long[] newParts = g.partsAfterAmending(amount);
            long[] current = g.committedParts();
            for (int i = 0; i < newParts.length; i++) {
                if (newParts[i] - current[i] > s.remaining(g.funding.get(i).potId())) {
                    return Optional.of(EXCEEDS_REMAINING);
                }
            }
            return Optional.empty();
        }
        if (entry instanceof LedgerEntry.WithdrawGrant) {
            return first(when(() -> g.advanced > 0, BELOW_ADVANCES));
        }
        if (entry instanceof LedgerEntry.Advance) {
            return first(when(() -> g.advanced + amount > g.granted, EXCEEDS_GRANT));
        }
        return first(when(() -> amount > g.granted, EXCEEDS_GRANT));
    }

    /** A rule: when the condition holds, the entry is rejected with the kind. */
    private record Rule(BooleanSupplier condition, RejectionKind kind) {
    }

    private static Rule when(BooleanSupplier condition, RejectionKind kind) {
        return new Rule(condition, kind);
    }

    /** The kind of the first rule whose condition holds; later conditions are evaluated only when earlier ones fail. */
    private static Optional<RejectionKind> first(Rule... rules) {
        for (Rule rule : rules) {
            if (rule.condition().getAsBoolean()) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }
}
