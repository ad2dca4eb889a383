package nl.sociaaldomein.atelier.profile.groningen;

import nl.sociaaldomein.atelier.profile.Label;

/**
 * One assessment criterion as data, for the integration step to turn into the library's
 * criteria-framework type.
 *
 * @param id    kebab-case id
 * @param label the wording of the source, and an English translation
 * @param kind  whether an initiative should contribute to it or must meet it
 */
public record Criterion(String id, Label label, Kind kind) {

    /** How a criterion weighs. */
    public enum Kind {
        /** "Draagt het initiatief bij aan ...": contributing counts in its favour. */
        CONTRIBUTION,
        /** Must hold for the initiative to be funded at all. */
        REQUIREMENT
    }
}
