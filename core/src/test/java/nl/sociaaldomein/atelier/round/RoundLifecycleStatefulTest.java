package nl.sociaaldomein.atelier.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Stateful;
import nl.sociaaldomein.atelier.testkit.StatefulSpec;
import nl.sociaaldomein.atelier.testkit.Tally;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import org.junit.jupiter.api.Test;

/**
 * The round's lifecycle against a simple model: commands in random order and on random days
 * (mostly forward, sometimes back), illegal ones refused with the kind the model expects and
 * nothing recorded, legal ones applied. Decisions here move no money, so the model needs no ledger.
 */
class RoundLifecycleStatefulTest {

    enum Kind { OPEN, SUBMIT, WITHDRAW, SCORE, CLOSE, DECIDE, OBJECT, UPHOLD, REJECT_OBJECTION }

    record Op(Kind kind, int dayStep, List<String> ids, boolean invalidScore) {
        String id() {
            return ids.get(0);
        }
    }

    /** What the model knows: obviously right, nothing clever. */
    static final class Model {
        LocalDate latest = Fixtures.INTAKE_START.minusDays(3);
        boolean anyDated;
        boolean opened;
        final Set<String> submitted = new LinkedHashSet<>();
        final Set<String> withdrawn = new HashSet<>();
        boolean closed;
        final Map<String, DecisionKind> decided = new HashMap<>();
        final Set<String> pending = new HashSet<>();
        int events;
    }

    static final class System {
        final InMemoryJournal journal = new InMemoryJournal();
        final RoundService service = Fixtures.open(journal, Fixtures.tree(Money.ofEuros(100_000)), Fixtures.call(Money.ofEuros(50_000)),
            new Fixtures.Ticking());
    }

    static final Tally TALLY = new Tally();

    static final class Spec implements StatefulSpec<System, Model, Op> {

        @Override
        public System newSystem() {
            return new System();
        }

        @Override
        public Model newModel() {
            return new Model();
        }

        @Override
        public Gen<Op> nextOperation(Model model) {
            List<String> known = new ArrayList<>(model.submitted);
            return source -> {
                Kind kind = Kind.values()[(int) source.draw(Kind.values().length - 1)];
                int dayStep = source.draw(9) == 0 ? -1 : (int) source.draw(2);
                // Mostly an initiative submitted before; sometimes a new or unknown id.
                int idCount = kind == Kind.DECIDE ? 1 + (int) source.draw(2) : 1;
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < idCount; i++) {
                    String id = known.isEmpty() || source.draw(4) == 0 ? "i" + source.draw(12) : known.get((int) source.draw(known.size() - 1));
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
                return new Op(kind, dayStep, ids, source.draw(6) == 0);
            };
        }

        @Override
        public void step(System system, Model model, Op op) {
            LocalDate day = model.latest.plusDays(op.dayStep());
            Optional<RoundRefusal> expected = expected(model, op, day);
            long head = system.journal.head();
            Result<List<Recorded<RoundEvent>>> result = system.service.handle(command(op, day));
            if (expected.isPresent()) {
                assertThat(result.isFailed()).as("%s on %s should be refused as %s, was %s", op, day, expected.get(), result).isTrue();
                assertThat(result.problems().get(0).code()).as("%s on %s: %s", op, day, result.problems()).isEqualTo(expected.get().code());
                assertThat(system.journal.head()).as("a refusal records nothing").isEqualTo(head);
                TALLY.add("refused " + expected.get());
                return;
            }
            assertThat(result.isOk()).as("%s on %s should be accepted, was %s", op, day, result).isTrue();
            TALLY.add("accepted " + op.kind());
            apply(model, op, day);
        }

        private static RoundCommand command(Op op, LocalDate day) {
            var stamp = Fixtures.on(day);
            switch (op.kind()) {
                case OPEN: return new RoundCommand.OpenCall(stamp);
                case SUBMIT: return new RoundCommand.Submit(stamp, Fixtures.initiative(op.id(), 5_000));
                case WITHDRAW: return new RoundCommand.Withdraw(stamp, op.id());
                case SCORE: return new RoundCommand.RecordScores(stamp, "a", op.id(), Map.of("need", op.invalidScore() ? 11 : 5, "quality", 5,
                    "substitution", 5));
                case CLOSE: return new RoundCommand.CloseAssessment(stamp);
                case DECIDE: return new RoundCommand.DecideAsCommittee(stamp, Text.of("commissie", "committee"),
                    op.ids().stream().<PlannedDecision>map(id -> new PlannedDecision.Rejected(id, List.of("past niet"))).toList(), List.of());
                case OBJECT: return new RoundCommand.FileObjection(stamp, op.id(), "bezwaar");
                case UPHOLD: return new RoundCommand.UpholdObjection(stamp, op.id(), new PlannedDecision.Referred(op.id(), "WIJ-team"),
                    Text.of("gegrond", "upheld"));
                default: return new RoundCommand.RejectObjection(stamp, op.id(), Text.of("ongegrond", "unfounded"));
            }
        }

        /** The refusal the rules in docs/calls.md give, in their order; empty when the command is legal. */
        private static Optional<RoundRefusal> expected(Model m, Op op, LocalDate day) {
            if (m.anyDated && day.isBefore(m.latest)) {
                return Optional.of(RoundRefusal.BEFORE_LATEST);
            }
            if (op.kind() == Kind.OPEN) {
                return m.opened ? Optional.of(RoundRefusal.CALL_ALREADY_OPEN) : Optional.empty();
            }
            if (!m.opened) {
                return Optional.of(RoundRefusal.CALL_NOT_OPEN);
            }
            String id = op.id();
            boolean known = m.submitted.contains(id);
            switch (op.kind()) {
                case SUBMIT:
                    if (known) {
                        return Optional.of(RoundRefusal.INITIATIVE_EXISTS);
                    }
                    if (m.closed) {
                        return Optional.of(RoundRefusal.ASSESSMENT_CLOSED);
                    }
                    return day.isBefore(Fixtures.INTAKE_START) || day.isAfter(Fixtures.INTAKE_END) ? Optional.of(RoundRefusal.OUTSIDE_INTAKE)
                        : Optional.empty();
                case WITHDRAW:
                    return !known ? Optional.of(RoundRefusal.UNKNOWN_INITIATIVE) : m.withdrawn.contains(id) ? Optional.of(RoundRefusal.WITHDRAWN)
                        : m.decided.containsKey(id) ? Optional.of(RoundRefusal.ALREADY_DECIDED) : Optional.empty();
                case SCORE:
                    return !known ? Optional.of(RoundRefusal.UNKNOWN_INITIATIVE) : m.withdrawn.contains(id) ? Optional.of(RoundRefusal.WITHDRAWN)
                        : m.closed ? Optional.of(RoundRefusal.ASSESSMENT_CLOSED) : op.invalidScore() ? Optional.of(RoundRefusal.INVALID_SCORES)
                        : Optional.empty();
                case CLOSE:
                    return m.closed ? Optional.of(RoundRefusal.ASSESSMENT_CLOSED) : Optional.empty();
                case DECIDE:
                    if (!m.closed) {
                        return Optional.of(RoundRefusal.ASSESSMENT_OPEN);
                    }
                    if (!m.submitted.containsAll(op.ids())) {
                        return Optional.of(RoundRefusal.INVALID_DECISIONS);
                    }
                    if (op.ids().stream().anyMatch(m.withdrawn::contains)) {
                        return Optional.of(RoundRefusal.WITHDRAWN);
                    }
                    return op.ids().stream().anyMatch(m.decided::containsKey) ? Optional.of(RoundRefusal.ALREADY_DECIDED) : Optional.empty();
                case OBJECT:
                    return !known ? Optional.of(RoundRefusal.UNKNOWN_INITIATIVE) : !m.decided.containsKey(id) ? Optional.of(RoundRefusal.NO_DECISION)
                        : m.pending.contains(id) ? Optional.of(RoundRefusal.OBJECTION_PENDING) : Optional.empty();
                default:
                    return !known ? Optional.of(RoundRefusal.UNKNOWN_INITIATIVE) : !m.pending.contains(id) ? Optional.of(RoundRefusal.NO_OBJECTION)
                        : Optional.empty();
            }
        }

        private static void apply(Model m, Op op, LocalDate day) {
            m.latest = day;
            m.anyDated = true;
            m.events++;
            switch (op.kind()) {
                case OPEN -> m.opened = true;
                case SUBMIT -> m.submitted.add(op.id());
                case WITHDRAW -> m.withdrawn.add(op.id());
                case CLOSE -> m.closed = true;
                case DECIDE -> op.ids().forEach(id -> m.decided.put(id, DecisionKind.REJECTED));
                case OBJECT -> m.pending.add(op.id());
                case UPHOLD -> {
                    m.pending.remove(op.id());
                    m.decided.put(op.id(), DecisionKind.REFERRED);
                }
                case REJECT_OBJECTION -> m.pending.remove(op.id());
                default -> { }
            }
        }

        @Override
        public void checkInvariants(System system, Model model) {
            RoundState state = system.service.state();
            assertThat(state.size()).isEqualTo(model.events);
            assertThat(state.initiatives().stream().map(i -> i.id()).toList()).isEqualTo(List.copyOf(model.submitted));
            for (String id : model.submitted) {
                assertThat(state.isWithdrawn(id)).isEqualTo(model.withdrawn.contains(id));
                assertThat(state.decision(id).map(DecisionRecord::kind)).isEqualTo(Optional.ofNullable(model.decided.get(id)));
                if (model.withdrawn.contains(id)) {
                    assertThat(state.decisionHistory(id)).as("no decision on withdrawn %s", id).isEmpty();
                }
            }
            assertThat(state.isAssessmentClosed()).isEqualTo(model.closed);
        }
    }

    @Test
    void commandsInRandomOrderAgainstAModel() {
        Stateful.named("round lifecycle against a model").steps(80, 40).check(new Spec());
        if (Settings.fullRun()) {
            for (RoundRefusal kind : List.of(RoundRefusal.BEFORE_LATEST, RoundRefusal.CALL_NOT_OPEN, RoundRefusal.CALL_ALREADY_OPEN,
                RoundRefusal.OUTSIDE_INTAKE, RoundRefusal.INITIATIVE_EXISTS, RoundRefusal.UNKNOWN_INITIATIVE, RoundRefusal.WITHDRAWN,
                RoundRefusal.ALREADY_DECIDED, RoundRefusal.ASSESSMENT_CLOSED, RoundRefusal.ASSESSMENT_OPEN, RoundRefusal.INVALID_SCORES,
                RoundRefusal.INVALID_DECISIONS, RoundRefusal.NO_DECISION, RoundRefusal.OBJECTION_PENDING, RoundRefusal.NO_OBJECTION)) {
                assertThat(TALLY.count("refused " + kind)).as("refused %s reached", kind).isPositive();
            }
            for (Kind kind : Kind.values()) {
                assertThat(TALLY.count("accepted " + kind)).as("accepted %s reached", kind).isPositive();
            }
        }
    }
}
