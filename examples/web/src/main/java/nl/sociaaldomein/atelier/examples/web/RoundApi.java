package nl.sociaaldomein.atelier.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.spring.autoconfigure.ProblemDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API (described in docs/openapi.json): the round, its initiatives and decisions, the
 * budget as of a day and as known at a moment, the experiments register, the reports in every
 * format, and postings to the ledger. Reading is open; posting needs a login (HTTP Basic). The
 * library's problems come back as Problem Details in the {@code Accept-Language} (Dutch by default).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class RoundApi {

    private final ViewMaker views;
    private final RoundDesk round;
    private final ExperimentsDesk experiments;
    private final ReportDesk reports;
    private final LedgerDesk ledger;

    public RoundApi(ViewMaker views, RoundDesk round, ExperimentsDesk experiments, ReportDesk reports, LedgerDesk ledger) {
        this.views = views;
        this.round = round;
        this.experiments = experiments;
        this.reports = reports;
        this.ledger = ledger;
    }

    @GetMapping("/round")
    public Views.Round round() {
        return views.round();
    }

    @GetMapping("/initiatives")
    public List<Views.Initiative> initiatives() {
        return views.initiatives();
    }

    @GetMapping("/decisions")
    public List<Views.Decision> decisions() {
        return views.decisions();
    }

    /** The budget as of {@code asOf} (default: the decision date), as known at {@code knownAt} (default: now). */
    @GetMapping("/budget")
    public Views.Budget budget(@RequestParam(name = "asOf", required = false) String asOf,
                               @RequestParam(name = "knownAt", required = false) String knownAt) {
        Moments.Asked asked = Moments.of(asOf, knownAt, round.decisionDate());
        return views.budget(asked.asOf(), asked.knownAt());
    }

    /** The register, with the reviews due on {@code on} (default: the register's report date). */
    @GetMapping("/experiments")
    public Views.Experiments experiments(@RequestParam(name = "on", required = false) String on) {
        return views.experiments(Moments.of(on, null, experiments.latestDay()).asOf());
    }

    @GetMapping("/reports")
    public List<Views.Report> reports(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return views.reports(ProblemDetails.language(language));
    }

    /** One report rendered as {@code format} (markdown, html, csv, json), as of {@code asOf}, as known at {@code knownAt}. */
    @GetMapping(path = "/reports/{id}", produces = MediaType.ALL_VALUE)
    public ResponseEntity<byte[]> report(@PathVariable("id") String id, @RequestParam(name = "format", defaultValue = "html") String format,
                                         @RequestParam(name = "asOf", required = false) String asOf,
                                         @RequestParam(name = "knownAt", required = false) String knownAt,
                                         @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Moments.Asked asked = Moments.of(asOf, knownAt, round.decisionDate());
        Locale locale = ProblemDetails.language(language);
        ReportDesk.Rendered rendered = reports.render(id, format, Optional.of(asked.asOf()), asked.knownAt(), locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + rendered.fileName() + "\"").body(rendered.bytes());
    }

    /** Pays an advance (voorschot) on the grant of initiative {@code id}. */
    @PostMapping(path = "/grants/{id}/advances", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Views.Posted advance(@PathVariable("id") String id, @RequestBody Payment payment, Principal user) {
        return ViewMaker.posted(ledger.pay(LedgerDesk.Kind.ADVANCE, id, payment, user.getName()));
    }

    /** Settles (vaststelling) the grant of initiative {@code id} at the final amount. */
    @PostMapping(path = "/grants/{id}/settlement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Views.Posted settle(@PathVariable("id") String id, @RequestBody Payment payment, Principal user) {
        return ViewMaker.posted(ledger.pay(LedgerDesk.Kind.SETTLEMENT, id, payment, user.getName()));
    }

    /** Posts a batch of ledger entries in the journal's JSON shape: every one, or none. */
    @PostMapping(path = "/ledger/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Views.Posted post(@RequestBody JsonNode batch) {
        return ViewMaker.posted(ledger.post(batch));
    }
}
