package nl.sociaaldomein.atelier.initiative;

/**
 * Who put an initiative forward: a natural person, an organisation, or someone the sources do not name.
 *
 * <p>There is deliberately no plain {@code name()}: a natural person's name is personal data,
 * so every caller must say for which {@link Audience} it wants a name.
 */
public sealed interface Applicant permits NaturalPerson, Organisation, UnknownApplicant {

    /** The label the sources use for a natural person in public documents. */
    String PARTICULIER = "Particulier";

    /**
     * The name that may be shown to this audience.
     *
     * @param audience who will read it
     * @return the organisation's name, or "Particulier" for a natural person in public output
     */
    String nameFor(Audience audience);

    /** {@return the name safe for any reader; "Particulier" for a natural person} */
    default String publicName() {
        return nameFor(Audience.PUBLIC);
    }

    /** {@return {@code natural-person}, or the organisation's kind code (e.g. {@code foundation})} */
    String kindCode();

    /** {@return whether the applicant is a private person, whose name is personal data} */
    default boolean isNaturalPerson() {
        return this instanceof NaturalPerson;
    }

    /**
     * A private person.
     *
     * @param name the person's own name; personal data, never shown in public output
     * @return the applicant
     */
    static NaturalPerson naturalPerson(String name) {
        return new NaturalPerson(name);
    }

    /**
     * An organisation.
     *
     * @param name the organisation's name
     * @param kind what kind of organisation it is
     * @return the applicant
     */
    static Organisation organisation(String name, OrganisationKind kind) {
        return new Organisation(name, kind);
    }
}
