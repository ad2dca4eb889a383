package nl.sociaaldomein.atelier.initiative;

import org.immutables.value.Value;

/** A Dutch municipality (gemeente), e.g. Groningen, GM0014. */
@Value.Immutable
public abstract class Municipality {

    @Value.Parameter
    public abstract String name();

    @Value.Parameter
    public abstract CbsCode cbsCode();

    public static Municipality of(String name, String cbsCode) {
        return ImmutableMunicipality.of(name, new CbsCode(cbsCode));
    }

    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalStateException("a municipality's name must not be blank");
        }
    }
}
