package nl.sociaaldomein.atelier.examples.cli;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.round.RoundRefusal;
import nl.sociaaldomein.atelier.round.RoundService;

/**
 * Gives a file's commands to a kept round: first to the same round over a copy of its journal in
 * memory, and only when every one is accepted there to the round in the store, so that a refused
 * command (the third of five submissions, say) leaves the store as it was. A refusal is printed
 * with its stable code and its message, at the place in the file the command comes from.
 */
final class RoundSteps {

    private RoundSteps() {
    }

    /**
     * @param document the file the steps come from; empty for a command without one
     * @return the events recorded, in order
     */
    static List<Recorded<RoundEvent>> apply(KeptRound round, List<RoundFiles.Step> steps, String name, Optional<LocatedDocument> document,
                                           Locale locale, Clock clock) {
        RoundService trial = round.trial(clock);
        for (RoundFiles.Step step : steps) {
            Either<Refusal<RoundRefusal>, List<Recorded<RoundEvent>>> tried = trial.handle(step.command());
            if (tried.isLeft()) {
                throw refused(round, step, name, document, tried.getLeft(), locale);
            }
        }
        RoundService service = round.service(clock);
        List<Recorded<RoundEvent>> recorded = new ArrayList<>();
        for (RoundFiles.Step step : steps) {
            Either<Refusal<RoundRefusal>, List<Recorded<RoundEvent>>> done = service.handle(step.command());
            if (done.isLeft()) {
                // Another writer changed the round between the trial and now: what came before this step is kept.
                RefusedException refused = refused(round, step, name, document, done.getLeft(), locale);
                List<String> lines = new ArrayList<>(refused.lines());
                lines.set(lines.size() - 1, name + ": the round changed while this ran; " + Dossiers.count(recorded.size(), "event",
                    "events") + " of this file were recorded before the refusal");
                throw new RefusedException(lines);
            }
            recorded.addAll(done.get());
        }
        return recorded;
    }

    private static RefusedException refused(KeptRound round, RoundFiles.Step step, String name, Optional<LocatedDocument> document,
                                            Refusal<RoundRefusal> refusal, Locale locale) {
        String what = (Locale.ENGLISH.equals(locale) ? "refused, " : "geweigerd, ") + refusal.code() + ": " + refusal.message(locale);
        String line = document.map(d -> d.problemAt(step.pointer(), what).toString()).orElse(name + ": " + what);
        return new RefusedException(List.of(line, name + ": " + (Locale.ENGLISH.equals(locale) ? round + ": nothing was recorded"
            : "ronde '" + round.plan().call().id() + "' in " + round.ledger().store() + ": er is niets vastgelegd")));
    }

    /** What was recorded, in one line: the events' kinds, counted. */
    static String summary(List<Recorded<RoundEvent>> recorded) {
        java.util.Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
        for (Recorded<RoundEvent> r : recorded) {
            kinds.merge(r.event().getClass().getSimpleName(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(n + " × " + kind));
        return Dossiers.count(recorded.size(), "event", "events") + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }
}
