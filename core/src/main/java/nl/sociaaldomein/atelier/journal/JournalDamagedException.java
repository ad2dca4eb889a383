package nl.sociaaldomein.atelier.journal;

/** Thrown when a journal that fails verification is opened or read: it is never silently used. */
public final class JournalDamagedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient JournalDamage damage;

    /**
     * An exception for {@code damage}; its message names the position and what is wrong.
     *
     * @param damage the first damage found
     */
    public JournalDamagedException(JournalDamage damage) {
        super(damage.toString());
        this.damage = damage;
    }

    /** {@return the first damage found} */
    public JournalDamage damage() {
        return damage;
    }
}
