package nl.sociaaldomein.atelier.register;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;

/**
 * What a register is, as opposed to what happens in it (as a call is to a round): its id in the
 * journal, the document it is published in, the years its table has a column for, and where its
 * values come from.
 */
public record RegisterSetup(String registerId, RegisterSource source, List<Integer> yearColumns, ProvenanceMap provenance) {

    public RegisterSetup {
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(source, "source");
        yearColumns = List.copyOf(yearColumns);
        Objects.requireNonNull(provenance, "provenance");
        if (registerId.isBlank()) {
            throw new IllegalArgumentException("a register needs an id");
        }
    }
}
