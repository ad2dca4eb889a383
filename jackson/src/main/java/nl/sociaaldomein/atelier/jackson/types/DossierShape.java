package nl.sociaaldomein.atelier.jackson.types;

import java.time.LocalDate;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ImmutableDossier;

/**
 * What a municipality has on one matter, the material of every report: {@code {"municipality":
 * Municipality, "title": … | null, "source": … | null, "asOf": "2025-06-30", "portfolio":
 * Portfolio | null, "round": Round | null, "budget": BudgetView | null, "register":
 * ExperimentRegister | null, "provenance": ProvenanceMap}}.
 *
 * <p>Everything reads back, the round too (see {@link CallShapes#round()}).
 */
public final class DossierShape {

    private DossierShape() {
    }

    /**
     * The dossier's shape.
     *
     * @param round the round's shape
     * @return the shape
     */
    public static ObjectShape<Dossier> dossier(Shape<Round> round) {
        return Shape.object(Dossier.class, (d, out) -> {
            out.field("municipality", d.municipality(), InitiativeShapes.MUNICIPALITY);
            out.optional("title", d.title());
            out.optional("source", d.source());
            out.field("asOf", d.asOf());
            out.optional("portfolio", d.portfolio(), InitiativeShapes.PORTFOLIO);
            out.optional("round", d.round(), round);
            out.optional("budget", d.budget(), LedgerShapes.BUDGET_VIEW);
            out.optional("register", d.register(), RegisterShapes.REGISTER);
            out.field("provenance", d.provenance(), RegisterShapes.PROVENANCE_MAP);
        }, in -> {
            Municipality municipality = in.get("municipality", InitiativeShapes.MUNICIPALITY);
            Optional<String> title = in.optionalString("title");
            Optional<String> source = in.optionalString("source");
            LocalDate asOf = in.get("asOf", Basic.DAY);
            Optional<Portfolio> portfolio = in.optional("portfolio", InitiativeShapes.PORTFOLIO);
            Optional<Round> readRound = in.optional("round", round);
            Optional<BudgetView> budget = in.optional("budget", LedgerShapes.BUDGET_VIEW);
            Optional<ExperimentRegister> register = in.optional("register", RegisterShapes.REGISTER);
            Optional<ProvenanceMap> provenance = in.optional("provenance", RegisterShapes.PROVENANCE_MAP);
            return in.build(() -> {
                ImmutableDossier.Builder builder = Dossier.builder().municipality(municipality).title(title).source(source).asOf(asOf)
                    .portfolio(portfolio).round(readRound).budget(budget).register(register);
                provenance.ifPresent(builder::provenance);
                return builder.build();
            });
        });
    }
}
