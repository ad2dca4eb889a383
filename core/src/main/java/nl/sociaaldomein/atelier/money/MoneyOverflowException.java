package nl.sociaaldomein.atelier.money;

/** An amount left the range that a {@code long} of cents can hold. Never wrapped silently. */
public final class MoneyOverflowException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    public MoneyOverflowException(String message) {
        super(message);
    }
}
