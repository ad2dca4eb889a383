package nl.sociaaldomein.atelier.io.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.math.BigDecimal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

/**
 * An amount of euros as a file writes it, in the plain machine form: a number or a string such as
 * {@code 887685} or {@code 12000.50}, read from its exact decimal text. The message on the left
 * says what is wrong in words a civil servant understands (negative, a fraction of a cent, too
 * large, not an amount at all).
 */
public final class Amounts {

    private static final String AMOUNT = "input.amount-invalid";

    private Amounts() {
    }

    /**
     * The amount, or what is wrong with it (code {@code input.amount-invalid}, or {@code input.wrong-type} for no amount at all).
     *
     * @param value the value found in the file, possibly {@code null}
     * @return the amount, exact in euro cents and never negative, or the mistake to place at the field
     */
    public static Either<Mistake, Money> parse(JsonNode value) {
        if (value == null || !value.isNumber() && !value.isTextual()) {
            return Either.left(Mistake.of("input.wrong-type",
                "verwacht een bedrag in euro's zoals 12000.50, maar gevonden: " + ObjectFields.describeNl(value),
                "expected an amount in euros such as 12000.50, found " + ObjectFields.describe(value)));
        }
        Either<Mistake, String> plain = value.isNumber() ? plainNumber(value.decimalValue(), value.asText()) : Either.right(value.asText());
        return plain.flatMap(literal -> MoneyFormat.parsePlain(literal).fold(problems -> Either.left(Mistake.of(AMOUNT, problems)),
            amount -> amount.isNegative()
                ? Either.left(Mistake.of(AMOUNT, "het bedrag mag niet negatief zijn: " + literal, "amount must not be negative: " + literal))
                : Either.right(amount)));
    }

    /**
     * A number as plain digits for {@link MoneyFormat#parsePlain}, refused first when out of range:
     * {@code toPlainString()} of 1e999999999 would be a billion digits.
     */
    private static Either<Mistake, String> plainNumber(BigDecimal number, String written) {
        BigDecimal exact = number.stripTrailingZeros();
        if (exact.scale() > 2) {
            return Either.left(Mistake.of(AMOUNT, "het bedrag heeft een deel van een cent: " + written, "amount has a fraction of a cent: " + written));
        }
        if (exact.precision() - exact.scale() > 19) {
            return Either.left(Mistake.of(AMOUNT, "het bedrag is te groot: " + written, "amount is too large: " + written));
        }
        return Either.right(exact.setScale(Math.max(0, exact.scale())).toPlainString());
    }
}
