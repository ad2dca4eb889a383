package nl.sociaaldomein.atelier.initiative;

import org.immutables.value.Value;

/** A Dutch municipality (gemeente), e.g. Groningen, GM0014. */
@Value.Immutable
public abstract class Municipality {

    /** {@return the municipality's name as people write it, e.g. {@code Oost Gelre}} */
    @Value.Parameter
    public abstract String name();

    /** {@return the municipality's code at Statistics Netherlands, e.g. {@code GM1586}} */
    @Value.Parameter
    public abstract CbsCode cbsCode();

    /**
     * A municipality.
     *
     * @param name    its name as people write it
     * @param cbsCode its CBS code, e.g. {@code GM0014}
     * @return the municipality
     * @throws IllegalArgumentException when the CBS code has the wrong form
     * @throws IllegalStateException when the name is blank
     */
    public static Municipality of(String name, String cbsCode) {
        return ImmutableMunicipality.of(name, new CbsCode(cbsCode));
    }

    /**
     * Checks that the name is not blank.
     *
     * @throws IllegalStateException when it is
     */
    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalStateException("a municipality's name must not be blank");
        }
    }
}
