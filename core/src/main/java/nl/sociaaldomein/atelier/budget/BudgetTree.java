package nl.sociaaldomein.atelier.budget;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

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
     * A tree of the given pots, each parent listed before its children; or every problem found,
     * each placed at its pot and in Dutch and English: {@code budget.no-pots} (an empty list),
     * {@code budget.duplicate-pot} (an id used twice), {@code budget.negative-ceiling},
     * {@code budget.unknown-parent} (a parent not listed before its child) and
     * {@code budget.children-exceed-parent} (the children's ceilings add up to more than their
     * parent's, placed at the parent).
     *
     * @param pots the pots, each parent before its children; ceilings in euro cents
     * @return the tree, or every problem found
     */
    public static Result<BudgetTree> of(List<Pot> pots) {
        List<Problem> problems = new ArrayList<>();
        if (pots.isEmpty()) {
            problems.add(Problem.invalid("budget.no-pots", Place.NOWHERE, "een begrotingsboom heeft ten minste één pot nodig",
                "a budget tree needs at least one pot"));
        }
        Map<String, Pot> seen = new HashMap<>();
        Map<String, BigInteger> childSums = new LinkedHashMap<>();
        for (Pot pot : pots) {
            Place place = Place.about("pot", pot.id());
            if (seen.containsKey(pot.id())) {
                problems.add(Problem.invalid("budget.duplicate-pot", place, "pot-id '" + pot.id() + "' komt twee keer voor",
                    "pot id '" + pot.id() + "' is used twice"));
            }
            if (pot.ceiling().isNegative()) {
                problems.add(Problem.invalid("budget.negative-ceiling", place, "pot '" + pot.name() + "' heeft een negatief plafond " + pot.ceiling(),
                    "pot '" + pot.name() + "' has a negative ceiling " + pot.ceiling()));
            }
            pot.parentId().ifPresent(parent -> {
                if (!seen.containsKey(parent)) {
                    problems.add(Problem.invalid("budget.unknown-parent", place.and("parent", parent),
                        "pot '" + pot.name() + "' noemt bovenliggende pot '" + parent + "', die er niet vóór staat",
                        "pot '" + pot.name() + "' names parent '" + parent + "', which is not listed before it"));
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
                boolean anAmount = sum.bitLength() < Long.SIZE;
                String total = anAmount ? " add up to " + Money.ofCents(sum.longValueExact()) + "," : " add up to";
                String totaal = anAmount ? " samen " + Money.ofCents(sum.longValueExact()) + "," : " samen";
                problems.add(Problem.invalid("budget.children-exceed-parent", Place.about("pot", parentId),
                    "de potten onder '" + parent.name() + "' zijn" + totaal + " meer dan haar plafond " + parent.ceiling(),
                    "the pots under '" + parent.name() + "'" + total + " more than its ceiling " + parent.ceiling()));
            }
        });
        return Result.of(problems, () -> new BudgetTree(pots));
    }

    /**
     * Like {@link #of} for trees known to be valid (examples, tests); throws listing the problems otherwise.
     *
     * @param pots the pots, each parent before its children
     * @return the tree
     * @throws IllegalArgumentException naming every problem (in English) when the pots do not form a valid tree
     */
    public static BudgetTree ofValid(Pot... pots) {
        Result<BudgetTree> tree = of(List.of(pots));
        if (tree.isFailed()) {
            throw new IllegalArgumentException(tree.problems().stream().map(p -> p.message().en()).collect(Collectors.joining("; ")));
        }
        return tree.orElseThrow();
    }

    /**
     * Every pot, parents before their children.
     *
     * @return the pots (unmodifiable)
     */
    public List<Pot> pots() {
        return pots;
    }

    /**
     * The pot with this id.
     *
     * @param id the pot id
     * @return the pot; empty when the tree has no such pot
     */
    public Optional<Pot> pot(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The pots directly under a pot (not their children in turn), in the tree's order.
     *
     * @param parentId the id of the parent pot
     * @return its child pots; empty for a pot without children or an unknown id
     */
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
