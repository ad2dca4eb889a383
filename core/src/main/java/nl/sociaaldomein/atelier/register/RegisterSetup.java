package nl.sociaaldomein.atelier.register;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;

/**
 * What a register is, as opposed to what happens in it (as a call is to a round): its id in the
 * journal, the document it is published in, the years its table has a column for, and where its
 * values come from.
 *
 * @param registerId  the register's id in the journal
 * @param source      the document the register is published in
 * @param yearColumns the years the published table has a column for
 * @param provenance  where the register's values come from
 */
public record RegisterSetup(String registerId, RegisterSource source, List<Integer> yearColumns, ProvenanceMap provenance) {

    /**
     * Checks that no component is missing and the id is not blank.
     *
     * @param registerId  the register's id in the journal
     * @param source      the document the register is published in
     * @param yearColumns the years the published table has a column for
     * @param provenance  where the register's values come from
     * @throws IllegalArgumentException when the id is blank
     */
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
