package nl.sociaaldomein.atelier.budget;

import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A programme budget and the pots carved out of it, e.g. Groningen's € 3.000.000 innovation
 * budget with three pots of € 1.000.000 (001_9744a8e01e8ca7e0.txt: "Hiervan is één miljoen voor
 * Wmo gerelateerde initiatieven"). The children's ceilings never add up to more than the parent's.
 * The tree is the ledger's starting point; only transfers between sibling pots change ceilings.
 */
public final class BudgetTree {

    private final List<Pot> pots;
    private final Map<String, Pot> byId;

    private BudgetTree(List<Pot> pots) {
        this.pots = List.copyOf(pots);
        Map<String, Pot> index = new LinkedHashMap<>();
        pots.forEach(pot -> index.put(pot.id(), pot));
        this.byId = index;
    }

    /**
     * A tree of the given pots, each parent listed before its children; or every problem found:
     * duplicate ids, unknown or later-listed parents, negative ceilings, children over their parent.
     */
    public static Either<List<String>, BudgetTree> of(List<Pot> pots) {
        List<String> problems = new ArrayList<>();
        if (pots.isEmpty()) {
            problems.add("a budget tree needs at least one pot");
        }
        Map<String, Pot> seen = new HashMap<>();
        Map<String, BigInteger> childSums = new LinkedHashMap<>();
        for (Pot pot : pots) {
            if (seen.containsKey(pot.id())) {
                problems.add("pot id '" + pot.id() + "' is used twice");
            }
            if (pot.ceiling().isNegative()) {
                problems.add("pot '" + pot.name() + "' has a negative ceiling " + pot.ceiling());
            }
            pot.parentId().ifPresent(parent -> {
                if (!seen.containsKey(parent)) {
                    problems.add("pot '" + pot.name() + "' names parent '" + parent + "', which is not listed before it");
                } else {
                    childSums.merge(parent, BigInteger.valueOf(pot.ceiling().cents()), BigInteger::add);
                }
            });
            seen.put(pot.id(), pot);
        }
        childSums.forEach((parentId, sum) -> {
            Pot parent = seen.get(parentId);
            if (sum.compareTo(BigInteger.valueOf(parent.ceiling().cents())) > 0) {
                // The sum may leave the amount range: then it is no amount, only "more than the ceiling".
                String total = sum.bitLength() < Long.SIZE ? " add up to " + Money.ofCents(sum.longValueExact()) + "," : " add up to";
                problems.add("the pots under '" + parent.name() + "'" + total + " more than its ceiling " + parent.ceiling());
            }
        });
        return problems.isEmpty() ? Either.right(new BudgetTree(pots)) : Either.left(List.copyOf(problems));
    }

    /** Like {@link #of} for trees known to be valid (examples, tests); throws listing the problems otherwise. */
    public static BudgetTree ofValid(Pot... pots) {
        return of(List.of(pots)).getOrElseThrow(problems -> new IllegalArgumentException(String.join("; ", problems)));
    }

    /** Every pot, parents before their children. */
    public List<Pot> pots() {
        return pots;
    }

    public Optional<Pot> pot(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Pot> children(String parentId) {
        List<Pot> out = new ArrayList<>();
        for (Pot pot : pots) {
            if (pot.parentId().filter(parentId::equals).isPresent()) {
                out.add(pot);
            }
        }
        return List.copyOf(out);
    }
}
