package nl.sociaaldomein.atelier.examples.web;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The round commands of the JSON API (described in docs/openapi.json), on the trial round
 * ({@link TrialRound}, call {@code proefronde-2016}): submit an initiative, score it, close
 * assessment, decide, object, decide on the objection. Advances and settlements of its grants go
 * through {@code /api/grants/{id}/advances} and {@code /settlement} like any grant. Every command
 * needs a login; a refused one is Problem Details with the round's stable code
 * ({@code round.assessment-closed}: 409, {@code round.unknown-initiative}: 404, invalid input: 422)
 * and records nothing.
 */
@RestController
@RequestMapping(path = "/api/calls/{callId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class TrialApi {

    private final TrialDesk trial;

    public TrialApi(TrialDesk trial) {
        this.trial = trial;
    }

    /** The round as it stands: its phases, initiatives with their assessments, decisions, pending objections. */
    @GetMapping
    public Views.Trial round(@PathVariable("callId") String callId) {
        return ViewMaker.trial(trial.of(callId));
    }

    /** Submits an initiative (an application) during intake; its id is made here ({@code proef-01}, …). */
    @PostMapping(path = "/initiatives", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public TrialDesk.Done submit(@PathVariable("callId") String callId, @RequestBody TrialInput.Submission submission, Principal user) {
        return trial.of(callId).submit(submission, user.getName());
    }

    /** Records one assessor's scores for the initiative (replacing that assessor's earlier ones) while assessment is open. */
    @PostMapping(path = "/initiatives/{id}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public TrialDesk.Done score(@PathVariable("callId") String callId, @PathVariable("id") String id, @RequestBody TrialInput.Scores scores,
                                Principal user) {
        return trial.of(callId).score(id, scores, user.getName());
    }

    /** Closes assessment: scores are final, decisions may be taken. */
    @PostMapping(path = "/assessment/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public TrialDesk.Done closeAssessment(@PathVariable("callId") String callId, @RequestBody TrialInput.Closing closing, Principal user) {
        return trial.of(callId).closeAssessment(closing, user.getName());
    }

    /** Decides on the initiative: granted (the grant is posted to the ledger in the same batch) or rejected. */
    @PostMapping(path = "/initiatives/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public TrialDesk.Done decide(@PathVariable("callId") String callId, @PathVariable("id") String id,
                                 @RequestBody TrialInput.Decision decision, Principal user) {
        return trial.of(callId).decide(id, decision, user.getName());
    }

    /** Files an objection (bezwaar, Awb 6:4, 7:1) against the decision in force. */
    @PostMapping(path = "/initiatives/{id}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public TrialDesk.Done object(@PathVariable("callId") String callId, @PathVariable("id") String id,
                                 @RequestBody TrialInput.Objection objection, Principal user) {
        return trial.of(callId).object(id, objection, user.getName());
    }

    /** Decides on the pending objection: upheld (the new decision replaces the old, the ledger follows) or rejected. */
    @PostMapping(path = "/initiatives/{id}/objections/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public TrialDesk.Done decideObjection(@PathVariable("callId") String callId, @PathVariable("id") String id,
                                          @RequestBody TrialInput.ObjectionDecision decision, Principal user) {
        return trial.of(callId).decideObjection(id, decision, user.getName());
    }
}
