package nl.sociaaldomein.atelier.round;

import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * What a round's reports are made of, from the state at a moment: the round as of day D as known
 * at moment K, and the ledger's view of D as known at K. Made again later with the same D and K,
 * it gives the same dossier, so the same report, byte for byte, whatever was recorded since.
 */
public final class RoundReports {

    private RoundReports() {
    }

    /**
     * The dossier of the round as of {@code asOf}, as known at {@code knownAt} (null: now), with the
     * plan's descriptive parts (municipality, title, source, provenance).
     *
     * @param service the round
     * @param plan    the round file's plan
     * @param asOf    the day the reports speak for
     * @param knownAt the moment of knowledge, or null for now
     * @return the dossier
     */
    public static Dossier dossier(RoundService service, RoundPlan plan, LocalDate asOf, Instant knownAt) {
        RoundState state = service.state(asOf, knownAt);
        Portfolio portfolio = Portfolio.builder().from(plan.portfolio()).initiatives(state.initiatives()).build();
        return Dossier.builder()
            .municipality(plan.portfolio().municipality())
            .title(plan.call().name())
            .source(plan.source())
            .asOf(asOf)
            .portfolio(portfolio)
            .round(state.round())
            .budget(service.ledger().view(asOf, knownAt))
            .provenance(plan.provenance())
            .build();
    }
}
