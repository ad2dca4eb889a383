package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.round.RoundRefusal;
import nl.sociaaldomein.atelier.round.RoundService;

/**
 * The application's rounds, run as commands (docs/calls.md, "Commands") in the same journal as
 * the ledger, so that a decision and its grants are one batch. One {@link RoundService} per call,
 * opened on first use and kept (the library wants one writer per call); {@link #handle} records a
 * command or throws a {@link ProblemException} with the refusal's stable code
 * ({@code round.assessment-closed}), which the starter answers as Problem Details. Ledger entries
 * a command posts, and ledger refusals, count in the starter's metrics.
 */
public final class RoundCommands {

    private final LoadedProfile profile;
    private final Ledger ledger;
    private final Journal journal;
    private final AtelierCounters counters;
    private final Clock clock;
    private final Map<String, RoundService> open = new HashMap<>();

    /**
     * Rounds recording in {@code journal}, posting grants to {@code ledger}.
     *
     * @param profile  the municipality profile, whose criteria frameworks assess the rounds
     * @param ledger   the ledger a decision's grants are posted to
     * @param journal  the journal the rounds' events go to (the ledger's, so a decision and its grants are one batch)
     * @param counters the counters behind the ledger metrics
     * @param clock    gives the recorded moment of each command
     */
    public RoundCommands(LoadedProfile profile, Ledger ledger, Journal journal, AtelierCounters counters, Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The round of {@code call}, assessed with the profile's criteria framework {@code frameworkId}:
     * rebuilt from its events in the journal the first time it is asked for.
     *
     * @param call        the call for initiatives the round is of
     * @param frameworkId the id of one of the profile's criteria frameworks
     * @return the round, the same one every time for the same call
     * @throws IllegalArgumentException when the profile has no such framework
     */
    public synchronized RoundService round(Call call, String frameworkId) {
        RoundService known = open.get(call.id());
        if (known != null) {
            return known;
        }
        CriteriaFramework framework = profile.framework(frameworkId).orElseThrow(() -> new IllegalArgumentException(
            "profile " + profile.id() + " has no criteria framework '" + frameworkId + "'"));
        RoundService service = RoundService.open(call, framework, ledger, journal, new JsonRoundEventCodec(), clock);
        open.put(call.id(), service);
        return service;
    }

    /**
     * The round of a call opened before with {@link #round(Call, String)}.
     *
     * @param callId the call's id
     * @return the round
     * @throws ProblemException ({@code round.unknown-call}, not found) when no round of that call was opened
     */
    public synchronized RoundService round(String callId) {
        RoundService known = open.get(callId);
        if (known == null) {
            throw new ProblemException(List.of(Problem.notFound("round.unknown-call", Place.about("call", callId),
                "geen oproep '" + callId + "' in deze toepassing", "no call '" + callId + "' in this application")));
        }
        return known;
    }

    /**
     * Records the command in the round of its call, or says why not.
     *
     * @param round   the round, from {@link #round(Call, String)}
     * @param command what to record
     * @return the events recorded
     * @throws ProblemException when the round refuses it (nothing was recorded)
     */
    public List<Recorded<RoundEvent>> handle(RoundService round, RoundCommand command) {
        long before = ledger.size();
        Result<List<Recorded<RoundEvent>>> done = round.handle(command);
        // Every problem of a refusal carries its kind's code (round.ledger-refused...): the round's problems pass through as they are.
        String code = done.problems().isEmpty() ? "" : done.problems().get(0).code();
        if (code.equals(RoundRefusal.LEDGER_REFUSED.code()) || code.equals(RoundRefusal.CEILING_BELOW_PROTECTED.code())) {
            counters.refused();
        }
        List<Recorded<RoundEvent>> recorded = done.orElseThrow();
        counters.posted((int) (ledger.size() - before), 0);
        return recorded;
    }
}
