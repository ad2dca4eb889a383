package nl.sociaaldomein.atelier.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.EventCodec;
import nl.sociaaldomein.atelier.events.EventStream;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * A register of experiments run as it happens (docs/experiments.md, "Commands and events"): each
 * {@link RegisterCommand} is checked against the register's state and recorded as
 * {@link ExperimentEvent}s in the journal (the ledger's, usually), or refused and nothing
 * recorded. The state as of a day, as known at a moment, is the fold of the events as the round's
 * is: in recording order, up to the first event dated after the day; undated events count where
 * they were recorded. One service per register; its methods take its lock.
 */
public final class RegisterService {

    static final int APPEND_ATTEMPTS = 8;

    private final RegisterSetup setup;
    private final EventStream<ExperimentEvent> stream;
    private final Clock clock;
    private final List<Recorded<ExperimentEvent>> recorded = new ArrayList<>();
    private final RegisterState live;

    private RegisterService(RegisterSetup setup, EventStream<ExperimentEvent> stream, Clock clock) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.stream = stream;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.live = new RegisterState(setup);
    }

    /**
     * The register kept in {@code journal}: rebuilt from its events (verifying the hash chain), recording every command from now on.
     *
     * @param setup   the register's id, source and provenance
     * @param journal the journal its events are in
     * @param codec   reads and writes the events
     * @param clock   gives the recorded moment of each command
     * @return the service
     */
    public static RegisterService open(RegisterSetup setup, Journal journal, EventCodec<ExperimentEvent> codec, Clock clock) {
        RegisterService service = new RegisterService(setup, new EventStream<>(journal, codec), clock);
        service.catchUp();
        return service;
    }

    /** {@return what the register is: its id, source and provenance} */
    public RegisterSetup setup() {
        return setup;
    }

    /** {@return the register's events recorded so far, with their positions and moments, in order} */
    public synchronized List<Recorded<ExperimentEvent>> events() {
        catchUp();
        return List.copyOf(recorded);
    }

    /** {@return the state now} */
    public synchronized RegisterState state() {
        catchUp();
        return RegisterState.fold(setup, recorded.stream().map(Recorded::event).toList());
    }

    /**
     * The state as of the end of {@code asOf}, as known at {@code knownAt} (null: now).
     *
     * @param asOf    the day the state speaks for
     * @param knownAt the moment of knowledge, or null for now
     * @return the state
     */
    public synchronized RegisterState state(LocalDate asOf, Instant knownAt) {
        catchUp();
        RegisterState state = new RegisterState(setup);
        for (Recorded<ExperimentEvent> next : recorded) {
            if (knownAt != null && next.recordedAt().isAfter(knownAt)) {
                break;
            }
            if (next.event().stamp().on().filter(on -> on.isAfter(asOf)).isPresent()) {
                break;
            }
            state.apply(next.event());
        }
        return state;
    }

    /**
     * The register reports read, speaking for {@code asOf}, as known at {@code knownAt} (null: now).
     *
     * @param asOf    the day the register speaks for
     * @param knownAt the moment of knowledge, or null for now
     * @return the register
     */
    public ExperimentRegister register(LocalDate asOf, Instant knownAt) {
        return state(asOf, knownAt).register(Optional.of(asOf));
    }

    /**
     * Checks the command and records its events, or says why not: every problem of the refusal,
     * each with the code of its {@link RegisterRefusal} kind ({@code register.transition-refused}).
     * A refused command records nothing.
     *
     * @param command what to record
     * @return the events recorded, or the problems
     */
    public synchronized Result<List<Recorded<ExperimentEvent>>> handle(RegisterCommand command) {
        Objects.requireNonNull(command, "command");
        for (int attempt = 1; attempt <= APPEND_ATTEMPTS; attempt++) {
            catchUp();
            List<ExperimentEvent> events = events(command);
            Optional<Refusal<RegisterRefusal>> refusal = check(events);
            if (refusal.isPresent()) {
                return refusal.get().toResult();
            }
            List<Recorded<ExperimentEvent>> stored = new ArrayList<>();
            String batchId = "register/" + setup.registerId() + "/" + (recorded.size() + 1) + "/" + stream.position();
            if (stream.append(batchId, stream.nextMoment(clock), events, stored) == EventStream.Outcome.APPENDED) {
                events.forEach(live::apply);
                recorded.addAll(stored);
                return Result.ok(stored);
            }
        }
        return Refusal.of(RegisterRefusal.JOURNAL_CONTENDED, Place.about("register", setup.registerId()),
            "anderen bleven in het journaal schrijven; er is niets vastgelegd, geef de opdracht opnieuw",
            "other writers kept appending to the journal; nothing was recorded, give the command again").toResult();
    }

    private List<ExperimentEvent> events(RegisterCommand command) {
        String id = setup.registerId();
        if (command instanceof RegisterCommand.Register c) {
            return List.of(new ExperimentEvent.Registered(id, c.stamp(), c.experiment()));
        }
        if (command instanceof RegisterCommand.Step c) {
            return List.of(new ExperimentEvent.Transitioned(id, c.stamp(), c.number(), c.transition()));
        }
        if (command instanceof RegisterCommand.Measure c) {
            return List.of(new ExperimentEvent.Measured(id, c.stamp(), c.number(), c.kpi(), c.measurement(), c.source()));
        }
        if (command instanceof RegisterCommand.RecordReview c) {
            List<ExperimentEvent> out = new ArrayList<>();
            out.add(new ExperimentEvent.Reviewed(id, c.stamp(), c.number(), c.review()));
            if (c.decides()) {
                Optional<Transition> step = c.review().transition();
                step.ifPresent(t -> out.add(new ExperimentEvent.Transitioned(id, c.stamp(), c.number(), t)));
            }
            return out;
        }
        RegisterCommand.CorrectRow c = (RegisterCommand.CorrectRow) command;
        return List.of(new ExperimentEvent.RowCorrected(id, c.stamp(), c.number(), c.row()));
    }

    /** Checks the events in order, each on the state the ones before it leave: on a copy, so a refusal changes nothing. */
    private Optional<Refusal<RegisterRefusal>> check(List<ExperimentEvent> events) {
        if (events.size() == 1) {
            return live.refusal(events.get(0));
        }
        RegisterState trial = RegisterState.fold(setup, recorded.stream().map(Recorded::event).toList());
        for (ExperimentEvent event : events) {
            Optional<Refusal<RegisterRefusal>> refusal = trial.refusal(event);
            if (refusal.isPresent()) {
                return refusal;
            }
            trial.apply(event);
        }
        return Optional.empty();
    }

    private void catchUp() {
        for (Recorded<ExperimentEvent> next : stream.readNew()) {
            if (next.event().registerId().equals(setup.registerId())) {
                live.apply(next.event());
                recorded.add(next);
            }
        }
    }
}
