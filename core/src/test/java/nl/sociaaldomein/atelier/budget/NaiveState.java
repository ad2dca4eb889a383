package nl.sociaaldomein.atelier.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.money.LargestRemainder;
import nl.sociaaldomein.atelier.money.Money;

/**
 * The reference model's state: rebuilt from the whole list of accepted entries every time it is
 * needed, with every per-pot figure re-summed over all grants and reservations. Slow and plain.
 */
final class NaiveState {

    static final class Grant {
        String title;
        java.time.LocalDate grantedOn;
        List<Funding> funding;
        long granted;
        /** The granted amount per pot: split by the weights, and after a lowering within the parts before it. */
        long[] parts;
        long advanced;
        Long determined;
        long reclaimed;
        boolean withdrawn;

        long reclaimable() {
            return determined == null ? 0 : Math.max(0, advanced - determined);
        }

        GrantStatus status() {
            return withdrawn ? GrantStatus.WITHDRAWN : determined != null ? GrantStatus.DETERMINED : GrantStatus.GRANTED;
        }

        long[] weights() {
            return funding.stream().mapToLong(Funding::weight).toArray();
        }

        long[] grantedParts() {
            return parts;
        }

        /** Lowering splits the new amount within the parts now (no pot's part grows); raising splits it by the weights. */
        long[] partsAfterAmending(long newAmount) {
            return newAmount < granted ? split(newAmount, parts) : split(newAmount, weights());
        }

        /** Each nested figure split by the parts of the one it is part of: granted ≥ advanced ≥ reclaimable ≥ reclaimed. */
        long[] advancedParts() {
            return split(advanced, grantedParts());
        }

        long[] reclaimableParts() {
            return reclaimable() == 0 ? new long[funding.size()] : split(reclaimable(), advancedParts());
        }

        long[] reclaimedParts() {
            return reclaimed == 0 ? new long[funding.size()] : split(reclaimed, reclaimableParts());
        }

        long[] committedParts() {
            long[] none = new long[funding.size()];
            return withdrawn ? none : determined != null ? split(determined, grantedParts()) : grantedParts();
        }
    }

    static final class Reservation {
        String potId;
        String purpose;
        long outstanding;
    }

    final BudgetTree tree;
    final Map<String, Long> ceilings = new LinkedHashMap<>();
    final Map<String, Reservation> reservations = new LinkedHashMap<>();
    final Map<String, Grant> grants = new LinkedHashMap<>();

    NaiveState(BudgetTree tree, List<LedgerEntry> entries) {
        this.tree = tree;
        tree.pots().forEach(pot -> ceilings.put(pot.id(), pot.ceiling().cents()));
        entries.forEach(this::apply);
    }

    /** A deep copy: changing it leaves this one as it is. */
    NaiveState copy() {
        NaiveState copy = new NaiveState(tree, List.of());
        copy.ceilings.putAll(ceilings);
        reservations.forEach((id, r) -> {
            Reservation c = new Reservation();
            c.potId = r.potId;
            c.purpose = r.purpose;
            c.outstanding = r.outstanding;
            copy.reservations.put(id, c);
        });
        grants.forEach((id, g) -> {
            Grant c = new Grant();
            c.title = g.title;
            c.grantedOn = g.grantedOn;
            c.funding = g.funding;
            c.granted = g.granted;
            c.parts = g.parts;
            c.advanced = g.advanced;
            c.determined = g.determined;
            c.reclaimed = g.reclaimed;
            c.withdrawn = g.withdrawn;
            copy.grants.put(id, c);
        });
        return copy;
    }

    static long[] split(long total, long[] weights) {
        if (weights.length == 1) {
            return new long[] {total};
        }
        return LargestRemainder.split(Money.ofCents(total), weights).stream().mapToLong(Money::cents).toArray();
    }

    /** Applies an entry known to be valid. */
    void apply(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Reserve e) {
            Reservation r = new Reservation();
            r.potId = e.potId();
            r.purpose = e.purpose();
            r.outstanding = e.amount().cents();
            reservations.put(e.reservationId(), r);
        } else if (entry instanceof LedgerEntry.ReleaseReservation e) {
            reservations.get(e.reservationId()).outstanding -= e.amount().cents();
        } else if (entry instanceof LedgerEntry.Transfer e) {
            ceilings.merge(e.fromPotId(), -e.amount().cents(), Long::sum);
            ceilings.merge(e.toPotId(), e.amount().cents(), Long::sum);
        } else if (entry instanceof LedgerEntry.Grant e) {
            Grant g = new Grant();
            g.title = e.title();
            g.grantedOn = e.effectiveDate();
            g.funding = e.funding();
            g.granted = e.amount().cents();
            g.parts = split(g.granted, g.weights());
            grants.put(e.initiativeId(), g);
            e.reservationId().ifPresent(id -> {
                Reservation r = reservations.get(id);
                long part = g.grantedParts()[potsOf(g).indexOf(r.potId)];
                r.outstanding -= Math.min(part, r.outstanding);
            });
        } else if (entry instanceof LedgerEntry.AmendGrant e) {
            Grant g = grants.get(e.initiativeId());
            g.parts = g.partsAfterAmending(e.newAmount().cents());
            g.granted = e.newAmount().cents();
        } else if (entry instanceof LedgerEntry.WithdrawGrant e) {
            grants.get(e.initiativeId()).withdrawn = true;
        } else if (entry instanceof LedgerEntry.Advance e) {
            grants.get(e.initiativeId()).advanced += e.amount().cents();
        } else if (entry instanceof LedgerEntry.Determine e) {
            grants.get(e.initiativeId()).determined = e.amount().cents();
        } else if (entry instanceof LedgerEntry.Reclaim e) {
            grants.get(e.initiativeId()).reclaimed += e.amount().cents();
        } else if (entry instanceof LedgerEntry.SetCeiling e) {
            ceilings.put(e.potId(), e.ceiling().cents());
        }
    }

    static List<String> potsOf(Grant g) {
        return g.funding.stream().map(Funding::potId).toList();
    }

    /** Sums one figure of every grant over the pots, each grant's figure split into its parts per pot. */
    long sumOverGrants(String potId, java.util.function.Function<Grant, long[]> parts) {
        long sum = 0;
        for (Grant g : grants.values()) {
            int slot = potsOf(g).indexOf(potId);
            if (slot >= 0) {
                sum += parts.apply(g)[slot];
            }
        }
        return sum;
    }

    long reserved(String potId) {
        return reservations.values().stream().filter(r -> r.potId.equals(potId)).mapToLong(r -> r.outstanding).sum();
    }

    long childCeilings(String potId) {
        return tree.children(potId).stream().mapToLong(child -> ceilings.get(child.id())).sum();
    }

    long granted(String potId) {
        return sumOverGrants(potId, Grant::committedParts);
    }

    long remaining(String potId) {
        return ceilings.get(potId) - childCeilings(potId) - granted(potId) - reserved(potId);
    }

    PotView potView(Pot pot) {
        String id = pot.id();
        return new PotView(id, pot.name(), Money.ofCents(ceilings.get(id)), Money.ofCents(childCeilings(id)),
            Money.ofCents(reserved(id)), Money.ofCents(granted(id)),
            Money.ofCents(sumOverGrants(id, Grant::advancedParts)),
            Money.ofCents(sumOverGrants(id, g -> split(g.determined == null ? 0 : g.determined, g.grantedParts()))),
            Money.ofCents(sumOverGrants(id, Grant::reclaimableParts)),
            Money.ofCents(sumOverGrants(id, Grant::reclaimedParts)),
            Money.ofCents(remaining(id)));
    }

    GrantView grantView(String initiativeId, Grant g) {
        Map<String, Money> parts = new LinkedHashMap<>();
        long[] committed = g.committedParts();
        for (int i = 0; i < committed.length; i++) {
            parts.put(g.funding.get(i).potId(), Money.ofCents(committed[i]));
        }
        return new GrantView(initiativeId, g.title, g.grantedOn, g.status(), g.funding, Money.ofCents(g.granted), Money.ofCents(g.advanced),
            java.util.Optional.ofNullable(g.determined).map(Money::ofCents), Money.ofCents(g.reclaimable()),
            Money.ofCents(g.reclaimed), parts);
    }
}
