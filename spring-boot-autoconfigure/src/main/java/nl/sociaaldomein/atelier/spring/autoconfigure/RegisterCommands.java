package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;

/**
 * The application's experiment registers, run as commands (docs/experiments.md, "Commands") in
 * the ledger's journal: one {@link RegisterService} per register, opened on first use and kept;
 * {@link #handle} records a command or throws a {@link ProblemException} with the refusal's stable
 * code ({@code register.transition-refused}), which the starter answers as Problem Details.
 */
public final class RegisterCommands {

    private final Journal journal;
    private final Clock clock;
    private final Map<String, RegisterService> open = new HashMap<>();

    /**
     * Registers recording in {@code journal}.
     *
     * @param journal the journal the registers' events go to (the ledger's)
     * @param clock   gives the recorded moment of each command
     */
    public RegisterCommands(Journal journal, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The register of {@code setup}: rebuilt from its events in the journal the first time it is asked for.
     *
     * @param setup the register's id, KPIs and rules
     * @return the register, the same one every time for the same register id
     */
    public synchronized RegisterService register(RegisterSetup setup) {
        return open.computeIfAbsent(setup.registerId(), id -> RegisterService.open(setup, journal, new JsonExperimentEventCodec(), clock));
    }

    /**
     * Records the command in the register, or says why not.
     *
     * @param register the register, from {@link #register(RegisterSetup)}
     * @param command  what to record
     * @return the events recorded
     * @throws ProblemException when the register refuses it (nothing was recorded)
     */
    public List<Recorded<ExperimentEvent>> handle(RegisterService register, RegisterCommand command) {
        // Every problem of a refusal carries its kind's code (register.unknown-kpi...): they pass through as they are.
        return register.handle(command).orElseThrow();
    }
}
