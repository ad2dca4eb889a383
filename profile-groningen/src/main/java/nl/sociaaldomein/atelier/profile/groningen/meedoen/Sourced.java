package nl.sociaaldomein.atelier.profile.groningen.meedoen;

import java.util.Objects;
import nl.sociaaldomein.atelier.provenance.Provenance;

/** A value of the letter with where it comes from: a text, or a whole number ({@link #number()}). */
public record Sourced(String value, Provenance provenance) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The value as a whole number; only for values read as one. */
    public long number() {
        return Long.parseLong(value);
    }
}
