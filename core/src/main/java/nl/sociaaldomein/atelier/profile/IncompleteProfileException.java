package nl.sociaaldomein.atelier.profile;

import java.util.List;

/** A profile does not bind everything {@link ProfileContract#requiredKeys()} asks for. */
public final class IncompleteProfileException extends ProfileException {

    private static final long serialVersionUID = 1L;

    /** The missing bindings, described. */
    private final List<String> missing;

    /**
     * An exception naming the profile and what it does not bind.
     *
     * @param id      the profile's id
     * @param missing the missing bindings, described
     */
    public IncompleteProfileException(String id, List<String> missing) {
        super("profile '" + id + "' does not bind: " + String.join(", ", missing)
            + " (see ProfileContract.requiredKeys() and docs/profiles.md)");
        this.missing = List.copyOf(missing);
    }

    /** {@return the missing bindings, described} */
    public List<String> missing() {
        return missing;
    }
}
