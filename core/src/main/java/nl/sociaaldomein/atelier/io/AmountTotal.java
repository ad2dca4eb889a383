package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyOverflowException;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * A running total of amounts a file holds, kept so that a sum the library takes later (a round's
 * grants, a budget's ceilings, a report's total of requests) can never leave {@link Money}'s range:
 * each amount may be up to {@link Money#MAX} alone, and two of them together may not. The amount
 * that takes the total past it is a problem at its own place, reported once.
 */
final class AmountTotal {

    private final String whatBefore;
    private Money total = Money.ZERO;
    private boolean reported;

    /** @param whatBefore the amounts counted, as the message names them: "the requested amounts before it" */
    AmountTotal(String whatBefore) {
        this.whatBefore = whatBefore;
    }

    void add(ObjectFields fields, String field, Money amount) {
        add(fields.context(), fields.pathOf(field), amount);
    }

    /** Adds the amount at {@code pointer}; the one that takes the total out of range is a problem there. */
    void add(ReadContext context, String pointer, Money amount) {
        if (reported) {
            return;
        }
        try {
            total = total.plus(amount);
        } catch (MoneyOverflowException e) {
            reported = true;
            context.problem(pointer, "this amount and " + whatBefore + " add up to more than "
                + Money.MAX + ", the largest amount Atelier can hold");
        }
    }
}
