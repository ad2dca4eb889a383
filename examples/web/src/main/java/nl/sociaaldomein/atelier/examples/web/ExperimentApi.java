package nl.sociaaldomein.atelier.examples.web;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The experiment commands of the JSON API (described in docs/openapi.json), on Groningen's kept
 * experiments register ({@link ExperimentsDesk}): register an experiment, measure a KPI, record a
 * review, step an experiment through its lifecycle, correct its row as published. Every command needs a login; a refused one is
 * Problem Details with the register's stable code ({@code register.transition-refused}: 409,
 * {@code register.unknown-experiment}: 404, invalid input: 422) and records nothing. The register
 * as it stands is {@code GET /api/experiments}.
 */
@RestController
@RequestMapping(path = "/api/experiments", produces = MediaType.APPLICATION_JSON_VALUE)
public class ExperimentApi {

    private final ExperimentsDesk experiments;

    public ExperimentApi(ExperimentsDesk experiments) {
        this.experiments = experiments;
    }

    /** Enters an experiment as planned (in preparation), with its KPIs as targets. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ExperimentsDesk.Done register(@RequestBody ExperimentInput.Registration registration, Principal user) {
        return experiments.register(registration, user.getName());
    }

    /** Records a measurement of one of the experiment's KPIs. */
    @PostMapping(path = "/{number}/measurements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ExperimentsDesk.Done measure(@PathVariable("number") String number, @RequestBody ExperimentInput.Measurement measurement,
                                        Principal user) {
        return experiments.measure(number, measurement, user.getName());
    }

    /** Records a review with its verdict; with {@code decides}, the step the verdict causes (extend, stop, decide regular) too. */
    @PostMapping(path = "/{number}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ExperimentsDesk.Done review(@PathVariable("number") String number, @RequestBody ExperimentInput.Review review, Principal user) {
        return experiments.review(number, review, user.getName());
    }

    /** Steps the experiment to its next state, as its lifecycle allows: start, extend, decide or make regular, complete, stop. */
    @PostMapping(path = "/{number}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ExperimentsDesk.Done step(@PathVariable("number") String number, @RequestBody ExperimentInput.Step step, Principal user) {
        return experiments.step(number, step, user.getName());
    }

    /** Corrects the experiment's row as published: a new event; the row as known before stays in the journal and in earlier views. */
    @PostMapping(path = "/{number}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ExperimentsDesk.Done correct(@PathVariable("number") String number, @RequestBody ExperimentInput.Correction correction,
                                        Principal user) {
        return experiments.correct(number, correction, user.getName());
    }
}
