package nl.sociaaldomein.atelier.initiative;

import java.util.Objects;

/**
 * A legal body that applies: a foundation, church, care provider, and so on. Its name is public.
 *
 * @param name the organisation's name
 * @param kind what kind of organisation it is
 */
public record Organisation(String name, OrganisationKind kind) implements Applicant {

    /**
     * Checks that both are given and the name is not blank.
     *
     * @param name the organisation's name
     * @param kind what kind of organisation it is
     * @throws IllegalArgumentException when the name is blank
     */
    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an organisation's name must not be blank");
        }
    }

    @Override
    public String nameFor(Audience audience) {
        return name;
    }

    @Override
    public String kindCode() {
        return kind.code();
    }
}
