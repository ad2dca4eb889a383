package nl.sociaaldomein.atelier.initiative;

import java.util.Objects;

/**
 * A private person ("Particulier"). The name is personal data: it is only handed out for an
 * {@link Audience#INTERNAL} audience or through {@link #privateName()}, and {@link #toString()}
 * never contains it, so it cannot leak into a log line or an exception message by accident.
 */
public final class NaturalPerson implements Applicant {

    /** The kind code of every natural person. */
    public static final String KIND_CODE = "natural-person";

    private final String name;

    NaturalPerson(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a natural person's name must not be blank");
        }
        this.name = name;
    }

    /**
     * The person's own name. Personal data: never put it in public output.
     *
     * @return the name
     */
    public String privateName() {
        return name;
    }

    @Override
    public String nameFor(Audience audience) {
        return audience == Audience.INTERNAL ? name : PARTICULIER;
    }

    @Override
    public String kindCode() {
        return KIND_CODE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NaturalPerson && ((NaturalPerson) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return PARTICULIER;
    }
}
