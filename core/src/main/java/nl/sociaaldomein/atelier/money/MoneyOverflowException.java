package nl.sociaaldomein.atelier.money;

/** An amount left the range that a {@code long} of cents can hold. Never wrapped silently. */
public final class MoneyOverflowException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /**
     * An overflow explained by {@code message}.
     *
     * @param message which computation left the range, with its amounts
     */
    public MoneyOverflowException(String message) {
        super(message);
    }
}
