package nl.sociaaldomein.atelier.reporting;

import java.time.LocalDate;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import org.immutables.value.Value;

/**
 * What a municipality has on one matter at one moment: the material every report is made
 * from. Each part is optional; a {@link ReportFormat} says which parts it needs and refuses,
 * with a message, a dossier that lacks them.
 */
@Value.Immutable
public abstract class Dossier {

    public abstract Municipality municipality();

    /** For people, e.g. "Innovatieatelier Sociaal Domein 2016". */
    public abstract Optional<String> title();

    /** {@return the document the data comes from, cited by file name and a quoted phrase} */
    public abstract Optional<String> source();

    /** {@return the moment the reports describe; budget views and register states are taken on this day} */
    public abstract LocalDate asOf();

    public abstract Optional<Portfolio> portfolio();

    public abstract Optional<Round> round();

    /** {@return the budget as of {@link #asOf()}} */
    public abstract Optional<BudgetView> budget();

    public abstract Optional<ExperimentRegister> register();

    /** {@return where the data's values come from, as the data file states it; empty when it does not say} */
    @Value.Default
    public ProvenanceMap provenance() {
        return ProvenanceMap.empty();
    }

    public static ImmutableDossier.Builder builder() {
        return ImmutableDossier.builder();
    }
}
