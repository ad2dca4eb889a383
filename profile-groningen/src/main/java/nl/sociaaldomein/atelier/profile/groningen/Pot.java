package nl.sociaaldomein.atelier.profile.groningen;

import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Label;

/**
 * One earmarked part of a budget, with its ceiling, as data for the budget package.
 *
 * @param id      kebab-case id
 * @param name    what the source calls it
 * @param ceiling the most that may be granted from it
 */
public record Pot(String id, Label name, Money ceiling) {
}
