package nl.sociaaldomein.atelier.profile;

/**
 * A profile cannot be loaded. These are programming or configuration errors (a missing jar, two
 * jars claiming one id, a profile that binds too little), not problems in user input, so they are
 * exceptions; each message says what to change.
 */
public abstract class ProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A profile failure explained by {@code message}.
     *
     * @param message what is wrong with the profile and how to resolve it
     */
    protected ProfileException(String message) {
        super(message);
    }
}
