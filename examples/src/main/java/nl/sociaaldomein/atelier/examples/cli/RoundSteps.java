package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;

/**
 * Gives a file's commands to a kept round or register: first to the same one over a copy of its
 * journal in memory, and only when every one is accepted there to the one in the store, so that a
 * refused command (the third of five submissions, say) leaves the store as it was. A refusal is
 * printed with its stable code ({@code round.assessment-open}) and its problems, at the place in the file the command comes from.
 */
final class RoundSteps {

    private RoundSteps() {
    }

    /** A round's commands ({@link #apply(Function, Function, List, String, Optional, Locale, String)}). */
    static List<Recorded<RoundEvent>> apply(KeptRound round, List<FileStep<RoundCommand>> steps, String name,
                                           Optional<LocatedDocument> document, Locale locale, Clock clock) {
        return apply(round.trial(clock)::handle, round.service(clock)::handle, steps, name, document, locale,
            Locale.ENGLISH.equals(locale) ? round.toString() : "ronde '" + round.plan().call().id() + "' in " + round.ledger().store());
    }

    /**
     * @param trial    handles a command on the copy in memory
     * @param kept     handles a command on the store
     * @param document the file the steps come from; empty for a command without one
     * @param what     how the message names what was not changed
     * @return the events recorded, in order
     */
    static <C, E> List<Recorded<E>> apply(Function<C, Result<List<Recorded<E>>>> trial, Function<C, Result<List<Recorded<E>>>> kept,
                                          List<FileStep<C>> steps, String name, Optional<LocatedDocument> document,
                                          Locale locale, String what) {
        tryAll(trial, steps, name, document, locale, what);
        List<Recorded<E>> recorded = new ArrayList<>();
        for (FileStep<C> step : steps) {
            Result<List<Recorded<E>>> done = kept.apply(step.command());
            if (done.isFailed()) {
                // Another writer changed it between the trial and now: what came before this step is kept.
                throw refused(step, name, document, done.problems(), locale, what, recorded.size());
            }
            recorded.addAll(done.orElseThrow());
        }
        return recorded;
    }

    /** Gives every step to {@code trial}; the first refusal is thrown ({@link RefusedException}) as nothing recorded. */
    static <C, E> void tryAll(Function<C, Result<List<Recorded<E>>>> trial, List<FileStep<C>> steps,
                              String name, Optional<LocatedDocument> document, Locale locale, String what) {
        for (FileStep<C> step : steps) {
            Result<List<Recorded<E>>> tried = trial.apply(step.command());
            if (tried.isFailed()) {
                throw refused(step, name, document, tried.problems(), locale, what, 0);
            }
        }
    }

    /** The refusal's code (every problem of one refusal carries it) and its problems, each with its place. */
    private static RefusedException refused(FileStep<?> step, String name, Optional<LocatedDocument> document, List<Problem> problems,
                                            Locale locale, String what, int recordedBefore) {
        boolean english = Locale.ENGLISH.equals(locale);
        String why = (english ? "refused, " : "geweigerd, ") + problems.get(0).code() + ": "
            + problems.stream().map(p -> p.describe(locale)).collect(java.util.stream.Collectors.joining("; "));
        String line = document.map(d -> FileProblem.describe(d.problemAt(step.pointer(), problems.get(0).code(), why, why), locale)).orElse(name + ": " + why);
        String after = recordedBefore == 0
            ? (english ? what + ": nothing was recorded" : what + ": er is niets vastgelegd")
            : (english ? what + " changed while this ran; " + Dossiers.count(recordedBefore, "event", "events")
                + " of this file were recorded before the refusal"
                : what + " veranderde terwijl dit liep; " + recordedBefore + " gebeurtenis(sen) uit dit bestand zijn vóór de weigering "
                + "vastgelegd");
        return new RefusedException(List.of(line, name + ": " + after));
    }

    /** What was recorded, in one line: the events' kinds, counted. */
    static <E> String summary(List<Recorded<E>> recorded) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Recorded<E> r : recorded) {
            kinds.merge(r.event().getClass().getSimpleName(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(n + " × " + kind));
        return Dossiers.count(recorded.size(), "event", "events") + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }
}
