package nl.sociaaldomein.atelier.jackson.types;

import java.util.Optional;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.render.Wording;

/**
 * {@link Money} as the JSON reports write it (docs/reports.md, "Money"):
 * {@code {"cents": 88768500, "amount": "887685.00", "text": "€ 887.685"}}. {@code cents} is
 * exact; {@code amount} is the same value as a plain decimal string; {@code text} is what a
 * reader sees in the chosen language. Read back from {@code cents} or {@code amount} (both, when
 * given, must agree), never from a floating-point number; {@code text} is ignored.
 */
public final class MoneyShape {

    /** The shape. */
    public static final ObjectShape<Money> MONEY = Shape.object(Money.class, (amount, out) -> {
        out.field("cents", amount.cents());
        out.field("amount", MoneyFormat.ENGLISH.formatPlainDecimal(amount));
        out.field("text", Wording.money(amount, out.options()));
    }, MoneyShape::read);

    private MoneyShape() {
    }

    private static Money read(JsonIn in) {
        in.ignore("text");
        Optional<Long> cents = in.optional("cents", Basic.LONG);
        Optional<Money> amount = amount(in);
        if (in.hasProblems()) {
            return null;
        }
        if (cents.isEmpty() && amount.isEmpty()) {
            in.problem("an amount needs \"cents\" (a whole number) or \"amount\" (a string such as \"887685.00\")");
            return null;
        }
        if (cents.isPresent() && amount.isPresent() && amount.get().cents() != cents.get()) {
            in.problem("\"cents\" (" + cents.get() + ") and \"amount\" (" + amount.get() + ") differ");
            return null;
        }
        return cents.map(Money::ofCents).orElseGet(amount::get);
    }

    private static Optional<Money> amount(JsonIn in) {
        Optional<JsonTree> field = in.tree().field("amount").filter(value -> value.kind() != JsonTree.Kind.NULL);
        if (field.isPresent() && field.get().kind() == JsonTree.Kind.NUMBER) {
            in.fieldProblem("amount", "must be a string such as \"887685.00\", not the number " + field.get().text()
                + " (an amount is never read through a floating-point number)");
            return Optional.empty();
        }
        Optional<String> text = in.optionalString("amount");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // The shapes' problems are worded in English: the parser's reason in its English words.
        return MoneyFormat.parsePlain(text.get()).fold(problems -> {
            in.fieldProblem("amount", problems.get(0).message(java.util.Locale.ENGLISH));
            return Optional.empty();
        }, Optional::of);
    }
}
