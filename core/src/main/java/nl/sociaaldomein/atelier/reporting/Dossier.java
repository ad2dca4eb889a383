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

    /** {@return the municipality the reports are of} */
    public abstract Municipality municipality();

    /** {@return a title for people, e.g. "Innovatieatelier Sociaal Domein 2016"} */
    public abstract Optional<String> title();

    /** {@return the document the data comes from, cited by file name and a quoted phrase} */
    public abstract Optional<String> source();

    /** {@return the moment the reports describe; budget views and register states are taken on this day} */
    public abstract LocalDate asOf();

    /** {@return the initiatives, for formats that list them} */
    public abstract Optional<Portfolio> portfolio();

    /** {@return the round with its decisions, for formats that report on it} */
    public abstract Optional<Round> round();

    /** {@return the budget as of {@link #asOf()}} */
    public abstract Optional<BudgetView> budget();

    /** {@return the experiment register, for formats that report on it} */
    public abstract Optional<ExperimentRegister> register();

    /** {@return where the data's values come from, as the data file states it; empty when it does not say} */
    @Value.Default
    public ProvenanceMap provenance() {
        return ProvenanceMap.empty();
    }

    /** {@return a builder; only the municipality and the day are required} */
    public static ImmutableDossier.Builder builder() {
        return ImmutableDossier.builder();
    }
}
