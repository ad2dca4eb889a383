package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.text.Text;
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

    private final Text whatBefore;
    private Money total = Money.ZERO;
    private boolean reported;

    /** @param nl the amounts counted, as the Dutch message names them: "de aangevraagde bedragen ervoor"
     *  @param en the same in English: "the requested amounts before it" */
    AmountTotal(String nl, String en) {
        this.whatBefore = Text.of(nl, en);
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
            context.problem(pointer, "input.amount-invalid", "dit bedrag en " + whatBefore.nl() + " tellen op tot meer dan "
                + Money.MAX + ", het grootste bedrag dat Atelier kan bevatten", "this amount and " + whatBefore.en() + " add up to more than "
                + Money.MAX + ", the largest amount Atelier can hold");
        }
    }
}
