package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterScript;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.round.RoundReports;
import nl.sociaaldomein.atelier.round.RoundScript;
import nl.sociaaldomein.atelier.round.RoundService;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * The bundled scenarios as commands (docs/calls.md and docs/experiments.md, "Commands"): a round
 * file's or a register's script runs through the round or register service on a journal in
 * memory, and the reports are made from the state the events fold into, as an embedding system
 * that runs a round day by day would make them.
 */
final class Journaled {

    /** Who the journal says gave the commands of a replay. */
    static final String ACTOR = "atelier-replay";

    /** The round's dossier and the ledger it posted to. */
    record Run(Dossier dossier, Ledger ledger) {
    }

    private Journaled() {
    }

    /** The plan's commands through a round service; the refusal's problems when one is refused. */
    static Result<Run> round(RoundPlan plan, CriteriaFramework framework, AllocationPolicy policy) {
        InMemoryJournal journal = new InMemoryJournal();
        Clock clock = Clock.systemUTC();
        Ledger ledger = Ledger.open(plan.budget(), journal, new JsonLedgerCodec(), clock);
        RoundService service = RoundService.open(plan.call(), framework, ledger, journal, new JsonRoundEventCodec(), clock);
        Optional<LocalDate> decided = plan.decisionDate();
        if (decided.isEmpty()) {
            return Result.failed(Problem.invalid("round.no-decision-date", Place.about("round", plan.call().id()), "geen besluitdatum: geef de "
                + "besluiten een datum of de oproep een besluitvormingsfase", "no decision date: give the decisions a date or the call a decision phase"));
        }
        for (RoundCommand command : RoundScript.of(plan, policy, ACTOR)) {
            Result<List<Recorded<RoundEvent>>> result = service.handle(command);
            if (result.isFailed()) {
                return Result.failed(result.problems());
            }
        }
        return Result.ok(new Run(RoundReports.dossier(service, plan, decided.get(), null), ledger));
    }

    /** The register rebuilt from its commands' events, speaking for the same day as the published one. */
    static ExperimentRegister register(ExperimentRegister published) {
        RegisterService service = RegisterService.open(new RegisterSetup("register", published.source(), published.yearColumns(),
            published.provenance()), new InMemoryJournal(), new JsonExperimentEventCodec(), Clock.systemUTC());
        for (RegisterCommand command : RegisterScript.of(published, ACTOR)) {
            Result<List<Recorded<ExperimentEvent>>> result = service.handle(command);
            if (result.isFailed()) {
                // The reader accepted the register, so its own steps cannot be refused: a fault of the app, not of the user.
                throw new IllegalStateException("the register's own commands are refused: " + result.problems());
            }
        }
        return service.state().register(published.reportDate());
    }
}
