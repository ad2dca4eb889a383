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

    /** The name that may be shown to this audience. */
    String nameFor(Audience audience);

    /** {@return the name safe for any reader; "Particulier" for a natural person} */
    default String publicName() {
        return nameFor(Audience.PUBLIC);
    }

    /** {@code natural-person}, or the organisation's kind code (e.g. {@code foundation}). */
    String kindCode();

    default boolean isNaturalPerson() {
        return this instanceof NaturalPerson;
    }

    static NaturalPerson naturalPerson(String name) {
        return new NaturalPerson(name);
    }

    static Organisation organisation(String name, OrganisationKind kind) {
        return new Organisation(name, kind);
    }
}
