package nl.sociaaldomein.atelier.profile;

import java.util.List;

/** Two or more profiles on the classpath claim the same id; the message names every class. */
public final class DuplicateProfileException extends ProfileException {

    private static final long serialVersionUID = 1L;

    /** The id claimed more than once. */
    private final String id;
    /** The classes that claim it. */
    private final List<String> classNames;

    /**
     * An exception naming the id and the classes, saying how to resolve it.
     *
     * @param id         the id claimed more than once
     * @param classNames the classes that claim it
     */
    public DuplicateProfileException(String id, List<String> classNames) {
        super("profile id '" + id + "' is claimed by " + classNames.size() + " classes: " + String.join(", ", classNames)
            + "; remove one jar from the classpath or give one profile another id");
        this.id = id;
        this.classNames = List.copyOf(classNames);
    }

    /** {@return the id claimed more than once} */
    public String id() {
        return id;
    }

    /** {@return the classes that claim it} */
    public List<String> classNames() {
        return classNames;
    }
}
