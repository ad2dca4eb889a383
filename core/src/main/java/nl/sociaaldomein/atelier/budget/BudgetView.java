package nl.sociaaldomein.atelier.budget;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.money.Money;

/**
 * The whole budget after a number of entries: per pot, per grant (keyed by initiative id) and per
 * reservation, in the order they were created. Two views are equal when all figures are. A
 * ledger's views hold the figures frozen and build each grant's and reservation's view when it is
 * read, so a view of a large ledger is cheap to make.
 *
 * @param entryCount   how many ledger entries the view is the result of
 * @param pots         the view of each pot, by pot id
 * @param grants       the view of each grant, by initiative id
 * @param reservations the view of each reservation, by reservation id
 */
public record BudgetView(long entryCount, Map<String, PotView> pots, Map<String, GrantView> grants,
                         Map<String, ReservationView> reservations) {

    /**
     * Keeps unmodifiable maps in their order (a ledger's own frozen maps as they are).
     *
     * @param entryCount   how many ledger entries the view is the result of
     * @param pots         the view of each pot, by pot id
     * @param grants       the view of each grant, by initiative id
     * @param reservations the view of each reservation, by reservation id
     */
    public BudgetView {
        pots = Collections.unmodifiableMap(new LinkedHashMap<>(pots));
        // A ledger's own views are frozen already and build their values when read: copying would build them all.
        grants = grants instanceof SnapshotMap ? grants : Collections.unmodifiableMap(new LinkedHashMap<>(grants));
        reservations = reservations instanceof SnapshotMap ? reservations : Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
    }

    /**
     * The view of one pot.
     *
     * @param potId the pot's id
     * @return the pot's figures, or empty when the budget has no such pot
     */
    public Optional<PotView> pot(String potId) {
        return Optional.ofNullable(pots.get(potId));
    }

    /**
     * The view of one grant.
     *
     * @param initiativeId the initiative the grant is for
     * @return the grant's figures, or empty when the initiative has no grant
     */
    public Optional<GrantView> grant(String initiativeId) {
        return Optional.ofNullable(grants.get(initiativeId));
    }

    /** {@return the sum of all pots' ceilings: transfers leave it unchanged} */
    public Money totalCeilings() {
        return Money.sum(pots.values().stream().map(PotView::ceiling).toList());
    }

    /**
     * What each pot can still give, as a round's allocation needs it ({@code Round.trial},
     * {@code Round.apply}): per pot, in pot order, its own ceiling (what it holds less what it
     * passed on to child pots), what is granted and what is reserved, so that a balance's
     * {@link PotBalance#available() available} is the pot's {@link PotView#remaining() remaining},
     * the amount the ledger itself checks a grant against. A pot's ceiling alone is not its
     * balance: a round allocated on the ceilings can promise what the ledger then refuses.
     *
     * @return one balance per pot, in pot order
     */
    public List<PotBalance> balances() {
        return pots.values().stream()
            .map(pot -> new PotBalance(pot.id(), pot.ceiling().minus(pot.allocatedToChildren()), pot.granted(), pot.reserved()))
            .toList();
    }
}
