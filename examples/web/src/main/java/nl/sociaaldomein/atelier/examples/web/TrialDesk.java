package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.round.RoundService;
import nl.sociaaldomein.atelier.round.RoundState;
import nl.sociaaldomein.atelier.spring.autoconfigure.RoundCommands;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The trial round ({@link TrialRound}) run as commands through the starter's {@link RoundCommands},
 * in the journal the ledger keeps: submit an initiative, score it, close assessment, decide,
 * object and decide on the objection. The input is checked first (every mistake named at once,
 * with its field), then the round checks the command against what it has recorded; a refusal is a
 * {@link ProblemException} with the round's stable code ({@code round.assessment-closed}) and
 * nothing is recorded. The call is opened at first start, on the first day of its intake.
 */
@Service
public class TrialDesk {

    private static final Logger LOG = LoggerFactory.getLogger(TrialDesk.class);
    private static final JsonRoundEventCodec TYPES = new JsonRoundEventCodec();

    private final RoundCommands rounds;
    private final RoundService round;

    public TrialDesk(RoundCommands rounds, RoundPlan plan) {
        this.rounds = rounds;
        this.round = rounds.round(TrialRound.call(plan), plan.frameworkId());
        if (!round.state().isOpen()) {
            rounds.handle(round, new RoundCommand.OpenCall(Stamp.on(TrialRound.INTAKE_START, "atelier-web", "proefronde geopend bij de eerste start")));
            LOG.info("first start: the trial call {} is opened", TrialRound.CALL_ID);
        }
    }

    /** What a command recorded: the call, the initiative it concerns, its events' types and when. */
    public record Done(String callId, String initiativeId, List<String> events, Instant recordedAt) {
    }

    public Call call() {
        return round.call();
    }

    public RoundState state() {
        return round.state();
    }

    /** The round of the call named in a request: the trial call; any other is not found (the 2016 round is the file's, decided). */
    public TrialDesk of(String callId) {
        if (!round.call().id().equals(callId)) {
            throw new ProblemException(List.of(Problem.notFound("round.unknown-call", Place.about("call", String.valueOf(callId)),
                "oproep '" + callId + "' neemt hier geen opdrachten aan; de proefronde is '" + TrialRound.CALL_ID + "'",
                "call '" + callId + "' takes no commands here; the trial round is '" + TrialRound.CALL_ID + "'")));
        }
        return this;
    }

    public Done submit(TrialInput.Submission in, String actor) {
        List<Problem> problems = new ArrayList<>();
        String title = text(in.title(), "/title", "een titel", "a title", 200, problems);
        String applicant = text(in.applicant(), "/applicant", "de naam van de aanvrager", "the applicant's name", 200, problems);
        String kind = in.applicantKind() == null || in.applicantKind().isBlank() ? "organisation" : in.applicantKind().strip();
        if (!kind.equals("organisation") && !kind.equals("natural-person")) {
            problems.add(Problem.invalid("input.applicant-kind-invalid", LedgerDesk.field("/applicantKind"),
                "soort aanvrager is 'organisation' of 'natural-person'", "the applicant's kind is 'organisation' or 'natural-person'"));
        }
        Money amount = LedgerDesk.amount(in.amount(), "/amount", problems);
        LocalDate day = LedgerDesk.date(in.date(), "/date", problems);
        String description = in.description() == null ? "" : in.description().strip();
        if (description.length() > 2000) {
            problems.add(Problem.invalid("input.description-too-long", LedgerDesk.field("/description"),
                "een omschrijving is hoogstens 2000 tekens", "a description is at most 2000 characters"));
        }
        failOn(problems);
        String id = String.format(Locale.ROOT, "proef-%02d", state().initiatives().size() + 1);
        Initiative initiative = Initiative.builder().id(id).title(title)
            .applicant(kind.equals("natural-person") ? Applicant.naturalPerson(applicant) : Applicant.organisation(applicant, OrganisationKind.UNKNOWN))
            .requestedAmount(amount).intakeChannel(TrialRound.CHANNEL).submissionDate(day)
            .description(description.isEmpty() ? Optional.empty() : Optional.of(description)).build();
        return done(id, new RoundCommand.Submit(Stamp.on(day, actor, "aanvraag ingediend"), initiative));
    }

    public Done score(String initiativeId, TrialInput.Scores in, String actor) {
        List<Problem> problems = new ArrayList<>();
        String assessor = in.assessor() == null || in.assessor().isBlank() ? actor : in.assessor().strip();
        if (in.scores() == null || in.scores().isEmpty()) {
            problems.add(Problem.invalid("input.scores-missing", LedgerDesk.field("/scores"), "geef een score per criterium",
                "give a score per criterion"));
        }
        LocalDate day = LedgerDesk.date(in.date(), "/date", problems);
        failOn(problems);
        return done(initiativeId, new RoundCommand.RecordScores(Stamp.on(day, actor, "beoordeling van " + assessor), assessor, initiativeId,
            Map.copyOf(in.scores())));
    }

    public Done closeAssessment(TrialInput.Closing in, String actor) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = LedgerDesk.date(in.date(), "/date", problems);
        failOn(problems);
        return done(null, new RoundCommand.CloseAssessment(Stamp.on(day, actor, "beoordeling gesloten")));
    }

    public Done decide(String initiativeId, TrialInput.Decision in, String actor) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = LedgerDesk.date(in.date(), "/date", problems);
        String motivation = text(in.motivation(), "/motivation", "een motivering", "a motivation", 500, problems);
        PlannedDecision decision = planned(initiativeId, in.decision(), in.amount(), motivation, "/decision", problems);
        failOn(problems);
        Text decidedBy = Text.of("besluit van " + actor + ": " + motivation, "decision by " + actor + ": " + motivation);
        return done(initiativeId, new RoundCommand.DecideAsCommittee(Stamp.on(day, actor, motivation), decidedBy, List.of(decision), List.of()));
    }

    public Done object(String initiativeId, TrialInput.Objection in, String actor) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = LedgerDesk.date(in.date(), "/date", problems);
        String grounds = text(in.grounds(), "/grounds", "de gronden van het bezwaar", "the grounds of the objection", 2000, problems);
        failOn(problems);
        return done(initiativeId, new RoundCommand.FileObjection(Stamp.on(day, actor, "bezwaar ontvangen"), initiativeId, grounds));
    }

    public Done decideObjection(String initiativeId, TrialInput.ObjectionDecision in, String actor) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = LedgerDesk.date(in.date(), "/date", problems);
        String motivation = text(in.motivation(), "/motivation", "een motivering", "a motivation", 500, problems);
        String outcome = in.outcome() == null ? "" : in.outcome().strip();
        if (!outcome.equals("upheld") && !outcome.equals("rejected")) {
            problems.add(Problem.invalid("input.outcome-invalid", LedgerDesk.field("/outcome"), "de uitkomst is 'upheld' of 'rejected'",
                "the outcome is 'upheld' or 'rejected'"));
        }
        PlannedDecision decision = outcome.equals("upheld") ? planned(initiativeId, in.decision(), in.amount(), motivation, "/decision", problems)
            : null;
        failOn(problems);
        Stamp stamp = Stamp.on(day, actor, "besluit op bezwaar");
        Text why = Text.of(motivation, motivation);
        return done(initiativeId, decision == null ? new RoundCommand.RejectObjection(stamp, initiativeId, why)
            : new RoundCommand.UpholdObjection(stamp, initiativeId, decision, why));
    }

    private Done done(String initiativeId, RoundCommand command) {
        List<Recorded<RoundEvent>> recorded = rounds.handle(round, command);
        return new Done(round.call().id(), initiativeId, recorded.stream().map(r -> TYPES.type(r.event())).toList(),
            recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).recordedAt());
    }

    private PlannedDecision planned(String initiativeId, String kind, String amountText, String motivation, String path, List<Problem> problems) {
        String chosen = kind == null ? "" : kind.strip();
        if (chosen.equals("granted")) {
            Money amount = LedgerDesk.amount(amountText, "/amount", problems);
            return new PlannedDecision.Granted(initiativeId, Map.of(TrialRound.POT_ID, amount), List.of());
        }
        if (chosen.equals("rejected")) {
            return new PlannedDecision.Rejected(initiativeId, List.of(motivation));
        }
        problems.add(Problem.invalid("input.decision-invalid", LedgerDesk.field(path), "een besluit is 'granted' of 'rejected'",
            "a decision is 'granted' or 'rejected'"));
        return null;
    }

    static String text(String given, String path, String nl, String en, int max, List<Problem> problems) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty()) {
            problems.add(Problem.invalid("input.missing", LedgerDesk.field(path), "geef " + nl + " op", "give " + en));
        } else if (text.length() > max) {
            problems.add(Problem.invalid("input.too-long", LedgerDesk.field(path), "hoogstens " + max + " tekens", "at most " + max + " characters"));
        }
        return text;
    }

    private static void failOn(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
    }
}
