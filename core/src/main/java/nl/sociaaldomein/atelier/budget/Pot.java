package nl.sociaaldomein.atelier.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A budget (pot) in the budget tree: the programme budget at the root, pots below it. The ceiling
 * is the subsidieplafond (Awb 4:22): grants and reservations from the pot never exceed it.
 *
 * @param parentId the pot this one is carved out of; empty for the programme budget
 * @param fundingSources where the money comes from, e.g. "Wmo", "participatie"; descriptive only
 * @param id             the pot's id, unique in its tree, e.g. {@code wmo-2016}
 * @param name           the pot's name for people
 * @param ceiling        the subsidieplafond: grants and reservations from the pot never exceed it
 * @param period         the budget year or years the pot belongs to
 */
public record Pot(String id, String name, Money ceiling, BudgetPeriod period, Optional<String> parentId,
                  List<String> fundingSources) {

    /**
     * Checks that every component is given and the id is not blank; keeps a copy of the funding sources.
     *
     * @param id             the pot's id, unique in its tree, e.g. {@code wmo-2016}
     * @param name           the pot's name for people
     * @param ceiling        the subsidieplafond: grants and reservations from the pot never exceed it
     * @param period         the budget year or years the pot belongs to
     * @param parentId       the pot this one is carved out of; empty for the programme budget
     * @param fundingSources where the money comes from; descriptive only
     * @throws IllegalArgumentException when the id is blank
     */
    public Pot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(parentId, "parentId");
        fundingSources = List.copyOf(fundingSources);
        if (id.isBlank()) {
            throw new IllegalArgumentException("a pot's id must not be blank");
        }
    }

    /**
     * The programme budget at the root of a tree.
     *
     * @param id             the pot's id
     * @param name           its name for people
     * @param ceiling        its subsidieplafond
     * @param period         the budget year or years
     * @param fundingSources where the money comes from; descriptive only
     * @return the root pot
     */
    public static Pot programme(String id, String name, Money ceiling, BudgetPeriod period, String... fundingSources) {
        return new Pot(id, name, ceiling, period, Optional.empty(), List.of(fundingSources));
    }

    /**
     * A pot carved out of {@code parentId}.
     *
     * @param id             the pot's id
     * @param name           its name for people
     * @param ceiling        its subsidieplafond, within the parent's
     * @param period         the budget year or years
     * @param parentId       the pot it is carved out of
     * @param fundingSources where the money comes from; descriptive only
     * @return the child pot
     */
    public static Pot child(String id, String name, Money ceiling, BudgetPeriod period, String parentId,
                            String... fundingSources) {
        return new Pot(id, name, ceiling, period, Optional.of(parentId), List.of(fundingSources));
    }
}
