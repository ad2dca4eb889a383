package nl.sociaaldomein.atelier.budget;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * The whole budget after a number of entries: per pot, per grant (keyed by initiative id) and per
 * reservation, in the order they were created. Two views are equal when all figures are. A
 * ledger's views hold the figures frozen and build each grant's and reservation's view when it is
 * read, so a view of a large ledger is cheap to make.
 */
public record BudgetView(long entryCount, Map<String, PotView> pots, Map<String, GrantView> grants,
                         Map<String, ReservationView> reservations) {

    public BudgetView {
        pots = Collections.unmodifiableMap(new LinkedHashMap<>(pots));
        // A ledger's own views are frozen already and build their values when read: copying would build them all.
        grants = grants instanceof SnapshotMap ? grants : Collections.unmodifiableMap(new LinkedHashMap<>(grants));
        reservations = reservations instanceof SnapshotMap ? reservations : Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
    }

    public Optional<PotView> pot(String potId) {
        return Optional.ofNullable(pots.get(potId));
    }

    public Optional<GrantView> grant(String initiativeId) {
        return Optional.ofNullable(grants.get(initiativeId));
    }

    /** The sum of all pots' ceilings: transfers leave it unchanged. */
    public Money totalCeilings() {
        return Money.sum(pots.values().stream().map(PotView::ceiling).toList());
    }
}
