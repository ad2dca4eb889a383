package nl.sociaaldomein.atelier.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The example application started on a random port and driven over HTTP as a client would: the
 * round loaded at first start, its pages and API, payments on its grants (accepted, retried,
 * refused as Problem Details), the budget as of a day and as known before the payments, and every
 * report in every format.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeRoundOverHttpTest extends RunningApp {

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    static Instant beforePayments;

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, boolean login, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (login) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode pot(String asOfAndKnownAt, String potId) throws Exception {
        JsonNode budget = json.readTree(get("/api/budget" + asOfAndKnownAt).body());
        for (JsonNode pot : budget.path("pots")) {
            if (pot.path("id").asText().equals(potId)) {
                return pot;
            }
        }
        throw new AssertionError("no pot " + potId + " in " + budget);
    }

    @Test
    @Order(1)
    void the_groningen_round_is_there_at_first_start() throws Exception {
        JsonNode round = json.readTree(get("/api/round").body());
        assertThat(round.path("name").asText()).isEqualTo("Innovatieatelier Sociaal Domein 2016");
        assertThat(round.path("initiatives").asInt()).isEqualTo(43);
        JsonNode wmo = pot("", "wmo-2016");
        // The council letter of 30-06-2016: € 887.685 granted, € 112.315 left of the € 1.000.000 pot.
        assertThat(wmo.path("granted").path("amount").asText()).isEqualTo("887685.00");
        assertThat(wmo.path("remaining").path("amount").asText()).isEqualTo("112315.00");
        JsonNode initiatives = json.readTree(get("/api/initiatives").body());
        assertThat(initiatives).hasSize(43);
        assertThat(initiatives.findValuesAsText("decision")).filteredOn("granted"::equals).hasSize(19);
        assertThat(json.readTree(get("/api/decisions").body()).get(0).path("motivation").path("nl").asText()).isNotBlank();
        beforePayments = Instant.now();
    }

    @Test
    @Order(2)
    void every_page_answers_in_dutch_and_in_english_on_request() throws Exception {
        for (String page : new String[] {"/", "/initiatives", "/decisions", "/budget", "/experiments", "/reports", "/login"}) {
            HttpResponse<String> dutch = get(page);
            assertThat(dutch.statusCode()).as(page).isEqualTo(200);
            assertThat(dutch.body()).as(page).contains("<html lang=\"nl\"").contains("Naar de inhoud");
            HttpResponse<String> english = get(page + "?lang=en");
            assertThat(english.body()).as(page).contains("<html lang=\"en\"").contains("Skip to content");
        }
        // A private applicant is "Particulier" on every public page and in the API.
        assertThat(get("/initiatives").body()).contains("Particulier");
        assertThat(get("/api/initiatives").body()).contains("\"applicant\":\"Particulier\"");
    }

    @Test
    @Order(3)
    void a_payment_needs_a_login_posts_once_and_moves_the_budget() throws Exception {
        String advance = "{\"amount\":\"10000\",\"date\":\"2016-07-01\",\"reason\":\"eerste voorschot\",\"id\":\"e2e/voorschot/19\"}";
        assertThat(post("/api/grants/gr2016-19/advances", advance, false, null).statusCode()).isEqualTo(401);
        HttpResponse<String> posted = post("/api/grants/gr2016-19/advances", advance, true, null);
        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(json.readTree(posted.body()).path("duplicate").asBoolean()).isFalse();
        HttpResponse<String> retried = post("/api/grants/gr2016-19/advances", advance, true, null);
        assertThat(json.readTree(retried.body()).path("duplicate").asBoolean()).isTrue();
        assertThat(pot("?asOf=2016-07-31", "wmo-2016").path("advanced").path("amount").asText()).isEqualTo("10000.00");
        // Settling a grant below its amount gives the rest back to the pot.
        String settle = "{\"amount\":\"€ 800\",\"date\":\"01-12-2016\",\"reason\":\"vaststelling\"}";
        assertThat(post("/api/grants/gr2016-07/settlement", settle, true, null).statusCode()).isEqualTo(201);
        assertThat(pot("?asOf=2016-12-31", "wmo-2016").path("remaining").path("amount").asText()).isEqualTo("112515.00");
        // As known before the payments, the pot is as the round left it: the view of then is kept.
        assertThat(pot("?asOf=2016-12-31&knownAt=" + beforePayments, "wmo-2016").path("remaining").path("amount").asText()).isEqualTo("112315.00");
        assertThat(pot("?asOf=2016-12-31&knownAt=" + beforePayments, "wmo-2016").path("advanced").path("amount").asText()).isEqualTo("0.00");
    }

    @Test
    @Order(4)
    void what_the_ledger_refuses_is_problem_details_naming_the_code_and_nothing_changes() throws Exception {
        String tooMuch = "{\"amount\":\"200000\",\"date\":\"2016-07-02\",\"reason\":\"te veel\"}";
        HttpResponse<String> refused = post("/api/grants/gr2016-19/advances", tooMuch, true, "en");
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("code").asText()).isEqualTo("ledger.exceeds-grant");
        assertThat(problem.path("title").asText()).isEqualTo("Conflicts with what is recorded");
        HttpResponse<String> unknown = post("/api/grants/gr2016-99/advances", tooMuch, true, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("code").asText()).isEqualTo("ledger.unknown-grant");
        HttpResponse<String> invalid = post("/api/grants/gr2016-19/advances", "{\"amount\":\"-5\",\"date\":\"31-02-2016\",\"reason\":\" \"}", true, null);
        assertThat(invalid.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(invalid.body()).path("problems");
        assertThat(problems.findValuesAsText("place")).containsExactly("/amount", "/date", "/reason");
        assertThat(pot("?asOf=2016-07-31", "wmo-2016").path("advanced").path("amount").asText()).isEqualTo("10000.00");
        HttpResponse<String> malformed = post("/api/ledger/entries", "{not json", true, null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("at com.").doesNotContain("Exception");
    }

    @Test
    @Order(5)
    void a_batch_in_the_journals_shape_is_posted_whole_or_not_at_all() throws Exception {
        String batch = "[{\"type\":\"ledger.advance\",\"entry\":{\"id\":\"e2e/batch/1\",\"effectiveDate\":\"2016-08-01\",\"reason\":\"tranche\","
            + "\"recordedBy\":\"e2e\",\"initiativeId\":\"gr2016-01\",\"amount\":\"5000.00\"}},"
            + "{\"type\":\"ledger.advance\",\"entry\":{\"id\":\"e2e/batch/2\",\"effectiveDate\":\"2016-08-01\",\"reason\":\"tranche\","
            + "\"recordedBy\":\"e2e\",\"initiativeId\":\"gr2016-02\",\"amount\":\"99999.00\"}}]";
        HttpResponse<String> refused = post("/api/ledger/entries", batch, true, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(pot("?asOf=2016-08-31", "wmo-2016").path("advanced").path("amount").asText()).isEqualTo("10000.00");
        HttpResponse<String> accepted = post("/api/ledger/entries", batch.replace("99999.00", "5000.00"), true, null);
        assertThat(accepted.statusCode()).isEqualTo(201);
        assertThat(pot("?asOf=2016-08-31", "wmo-2016").path("advanced").path("amount").asText()).isEqualTo("20000.00");
    }

    @Test
    @Order(6)
    void every_report_downloads_in_every_format() throws Exception {
        JsonNode reports = json.readTree(get("/api/reports").body());
        assertThat(reports.findValuesAsText("id")).contains("grants-annex", "round-summary", "budget-overview", "decisions");
        int downloads = 0;
        for (JsonNode report : reports) {
            for (JsonNode format : report.path("formats")) {
                HttpResponse<String> rendered = get("/api/reports/" + report.path("id").asText() + "?format=" + format.asText());
                assertThat(rendered.statusCode()).as(report + " " + format).isEqualTo(200);
                assertThat(rendered.body()).isNotBlank();
                downloads++;
            }
        }
        assertThat(downloads).isEqualTo(reports.size() * 4);
        assertThat(get("/api/reports/grants-annex?format=markdown").body()).contains("€ 887.685").contains("Particulier");
        assertThat(get("/api/reports/nothing?format=html").statusCode()).isEqualTo(404);
        assertThat(get("/reports/grants-annex?format=csv").headers().firstValue("Content-Disposition")).hasValueSatisfying(
            d -> assertThat(d).startsWith("attachment"));
    }

    @Test
    @Order(7)
    void health_and_metrics() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"atelier\"").contains("\"status\":\"UP\"");
        String refusals = get("/actuator/metrics/atelier.ledger.refusals").body();
        assertThat(json.readTree(refusals).path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(3.0);
    }

    static final String TRIAL = "/api/calls/" + TrialRound.CALL_ID;

    JsonNode trial() throws Exception {
        return json.readTree(get(TRIAL).body());
    }

    static String codes(HttpResponse<String> response) {
        return response.statusCode() + " " + response.body();
    }

    @Test
    @Order(8)
    void a_whole_trial_round_runs_as_commands_next_to_the_2016_round() throws Exception {
        assertThat(trial().path("open").asBoolean()).isTrue();
        assertThat(trial().path("assessmentClosed").asBoolean()).isFalse();
        String first = "{\"title\":\"Buurtkamer <script>alert(1)</script>\",\"applicant\":\"Stichting De Brug\","
            + "\"applicantKind\":\"organisation\",\"amount\":\"40000\",\"date\":\"05-07-2016\"}";
        assertThat(post(TRIAL + "/initiatives", first, false, null).statusCode()).isEqualTo(401);

        // Input mistakes: all named at once, 422, nothing recorded.
        HttpResponse<String> invalid = post(TRIAL + "/initiatives", "{\"title\":\" \",\"applicant\":\"X\",\"amount\":\"-5\","
            + "\"date\":\"31-02-2016\"}", true, null);
        assertThat(invalid.statusCode()).as(codes(invalid)).isEqualTo(422);
        assertThat(json.readTree(invalid.body()).path("problems").findValuesAsText("code"))
            .containsExactly("input.missing", "input.amount-invalid", "input.date-invalid");
        // The round's own refusal: dated after intake closed, 409 with its stable code.
        HttpResponse<String> early = post(TRIAL + "/initiatives", first.replace("05-07-2016", "01-10-2016"), true, "en");
        assertThat(early.statusCode()).as(codes(early)).isEqualTo(409);
        assertThat(json.readTree(early.body()).path("code").asText()).isEqualTo("round.outside-intake");
        assertThat(trial().path("initiatives")).isEmpty();

        HttpResponse<String> submitted = post(TRIAL + "/initiatives", first, true, null);
        assertThat(submitted.statusCode()).as(codes(submitted)).isEqualTo(201);
        assertThat(json.readTree(submitted.body()).path("initiativeId").asText()).isEqualTo("proef-01");
        assertThat(json.readTree(submitted.body()).path("events").get(0).asText()).isEqualTo("round.initiative-submitted");
        HttpResponse<String> person = post(TRIAL + "/initiatives", "{\"title\":\"Samen koken\",\"applicant\":\"Jan Jansen\","
            + "\"applicantKind\":\"natural-person\",\"amount\":\"5000\",\"date\":\"2016-07-06\"}", true, null);
        assertThat(person.statusCode()).as(codes(person)).isEqualTo(201);
        assertThat(get(TRIAL).body()).contains("Particulier").doesNotContain("Jan Jansen");
        assertThat(get("/trial").body()).contains("Buurtkamer &lt;script&gt;").doesNotContain("<script>alert").doesNotContain("Jan Jansen");

        // Scores, per assessor, while assessment is open.
        String scores = "{\"assessor\":\"beoordelaar-1\",\"date\":\"01-09-2016\",\"scores\":{\"care-innovation\":1,"
            + "\"care-substitution\":1,\"care-efficiency-or-quality\":1,\"right-to-challenge\":0,\"self-and-mutual-reliance\":1}}";
        HttpResponse<String> scored = post(TRIAL + "/initiatives/proef-01/scores", scores, true, null);
        assertThat(scored.statusCode()).as(codes(scored)).isEqualTo(201);
        HttpResponse<String> unknown = post(TRIAL + "/initiatives/proef-99/scores", scores, true, null);
        assertThat(unknown.statusCode()).as(codes(unknown)).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("code").asText()).isEqualTo("round.unknown-initiative");
        HttpResponse<String> badScore = post(TRIAL + "/initiatives/proef-01/scores", scores.replace("\"care-innovation\":1",
            "\"care-innovation\":7"), true, null);
        assertThat(badScore.statusCode()).as(codes(badScore)).isEqualTo(422);
        assertThat(json.readTree(badScore.body()).path("code").asText()).isEqualTo("round.invalid-scores");
        // The refusal's one code, and the code of what was wrong: a score outside its criterion's scale.
        assertThat(json.readTree(badScore.body()).path("problems").findValuesAsText("place"))
            .anySatisfy(place -> assertThat(place).contains("cause 'assessment.score-outside-scale'"));

        String grant = "{\"decision\":\"granted\",\"amount\":\"35000\",\"date\":\"15-10-2016\",\"motivation\":\"past in de oproep\"}";
        HttpResponse<String> tooEarly = post(TRIAL + "/initiatives/proef-01/decision", grant, true, null);
        assertThat(tooEarly.statusCode()).as(codes(tooEarly)).isEqualTo(409);
        assertThat(json.readTree(tooEarly.body()).path("code").asText()).isEqualTo("round.assessment-open");

        HttpResponse<String> closed = post(TRIAL + "/assessment/close", "{\"date\":\"01-10-2016\"}", true, null);
        assertThat(closed.statusCode()).as(codes(closed)).isEqualTo(201);
        HttpResponse<String> late = post(TRIAL + "/initiatives/proef-01/scores", scores.replace("01-09-2016", "02-10-2016"), true, "en");
        assertThat(late.statusCode()).as(codes(late)).isEqualTo(409);
        assertThat(json.readTree(late.body()).path("code").asText()).isEqualTo("round.assessment-closed");
        assertThat(json.readTree(late.body()).path("title").asText()).isEqualTo("Conflicts with what is recorded");

        // Decisions: the grant is posted to the ledger with the decision, in the trial call's pot.
        HttpResponse<String> granted = post(TRIAL + "/initiatives/proef-01/decision", grant, true, null);
        assertThat(granted.statusCode()).as(codes(granted)).isEqualTo(201);
        assertThat(json.readTree(granted.body()).path("events").get(0).asText()).isEqualTo("round.decisions-taken");
        assertThat(pot("?asOf=2016-10-31", TrialRound.POT_ID).path("granted").path("amount").asText()).isEqualTo("35000.00");
        HttpResponse<String> again = post(TRIAL + "/initiatives/proef-01/decision", grant, true, null);
        assertThat(again.statusCode()).as(codes(again)).isEqualTo(409);
        assertThat(json.readTree(again.body()).path("code").asText()).isEqualTo("round.already-decided");
        HttpResponse<String> rejected = post(TRIAL + "/initiatives/proef-02/decision", "{\"decision\":\"rejected\",\"date\":\"15-10-2016\","
            + "\"motivation\":\"geen bijdrage aan de criteria\"}", true, null);
        assertThat(rejected.statusCode()).as(codes(rejected)).isEqualTo(201);

        // An objection against the rejection, upheld: the grant is made from the day of the decision on the objection.
        HttpResponse<String> objected = post(TRIAL + "/initiatives/proef-02/objections", "{\"grounds\":\"de criteria zijn verkeerd "
            + "toegepast\",\"date\":\"20-10-2016\"}", true, null);
        assertThat(objected.statusCode()).as(codes(objected)).isEqualTo(201);
        HttpResponse<String> twice = post(TRIAL + "/initiatives/proef-02/objections", "{\"grounds\":\"nogmaals\",\"date\":\"21-10-2016\"}",
            true, null);
        assertThat(twice.statusCode()).as(codes(twice)).isEqualTo(409);
        assertThat(json.readTree(twice.body()).path("code").asText()).isEqualTo("round.objection-pending");
        assertThat(trial().path("pendingObjections").get(0).asText()).isEqualTo("proef-02");
        HttpResponse<String> upheld = post(TRIAL + "/initiatives/proef-02/objections/decision", "{\"outcome\":\"upheld\","
            + "\"decision\":\"granted\",\"amount\":\"5000\",\"date\":\"15-11-2016\",\"motivation\":\"bezwaar gegrond\"}", true, null);
        assertThat(upheld.statusCode()).as(codes(upheld)).isEqualTo(201);
        assertThat(pot("?asOf=2016-11-14", TrialRound.POT_ID).path("granted").path("amount").asText()).isEqualTo("35000.00");
        assertThat(pot("?asOf=2016-11-30", TrialRound.POT_ID).path("granted").path("amount").asText()).isEqualTo("40000.00");

        // Advance and settle the grant like any other.
        HttpResponse<String> advance = post("/api/grants/proef-01/advances", "{\"amount\":\"10000\",\"date\":\"01-11-2016\","
            + "\"reason\":\"voorschot proefronde\"}", true, null);
        assertThat(advance.statusCode()).as(codes(advance)).isEqualTo(201);
        HttpResponse<String> settled = post("/api/grants/proef-01/settlement", "{\"amount\":\"30000\",\"date\":\"20-12-2016\","
            + "\"reason\":\"vaststelling proefronde\"}", true, null);
        assertThat(settled.statusCode()).as(codes(settled)).isEqualTo(201);
        JsonNode jeugd = pot("?asOf=2016-12-31", TrialRound.POT_ID);
        assertThat(jeugd.path("determined").path("amount").asText()).isEqualTo("30000.00");
        assertThat(trial().path("decisions").findValuesAsText("initiativeId")).containsExactly("proef-01", "proef-02");
        // The 2016 round's figures, from the sources, are untouched by the trial round.
        assertThat(pot("?asOf=2016-06-30", "wmo-2016").path("granted").path("amount").asText()).isEqualTo("887685.00");
        assertThat(get("/api/calls/innovatieatelier-sociaal-domein-2016").statusCode()).isEqualTo(404);
    }

    static final String EXPERIMENTS = "/api/experiments";

    JsonNode experiment(String query, String number) throws Exception {
        JsonNode register = json.readTree(get(EXPERIMENTS + query).body());
        for (JsonNode e : register.path("experiments")) {
            if (e.path("number").asText().equals(number)) {
                return e;
            }
        }
        return null;
    }

    /** Every report, as the sources give it, as of the day the 2016 round and the register speak for. */
    String reportsAsOfTheSources() throws Exception {
        StringBuilder all = new StringBuilder();
        for (JsonNode report : json.readTree(get("/api/reports").body())) {
            all.append(get("/api/reports/" + report.path("id").asText() + "?format=markdown").body());
        }
        return all.toString();
    }

    @Test
    @Order(9)
    void the_experiments_register_is_kept_as_commands_and_moves_with_them() throws Exception {
        // At first start Groningen's shipped register was entered as commands: as the sources give it.
        JsonNode register = json.readTree(get(EXPERIMENTS).body());
        assertThat(register.path("on").asText()).isEqualTo("2017-03-31");
        assertThat(register.path("experiments").findValuesAsText("number")).containsExactly("1.", "11.");
        assertThat(experiment("", "1.").path("state").asText()).isEqualTo("running");
        assertThat(experiment("", "1.").path("plannedEnd").asText()).isEqualTo("november 2017");
        String reportsBefore = reportsAsOfTheSources();

        String trialExperiment = "{\"number\":\"90\",\"name\":\"Proefexperiment buurtsport\",\"start\":\"april 2017\","
            + "\"plannedEnd\":\"maart 2018\",\"kpis\":[{\"name\":\"deelnemers\",\"target\":\"50\"}],\"date\":\"03-04-2017\"}";
        assertThat(post(EXPERIMENTS, trialExperiment, false, null).statusCode()).isEqualTo(401);
        HttpResponse<String> registered = post(EXPERIMENTS, trialExperiment, true, null);
        assertThat(registered.statusCode()).as(codes(registered)).isEqualTo(201);
        assertThat(json.readTree(registered.body()).path("events").get(0).asText()).isEqualTo("experiment.registered");
        assertThat(json.readTree(registered.body()).path("number").asText()).isEqualTo("90.");

        // A step the lifecycle refuses: 409 with the register's code, nothing recorded.
        HttpResponse<String> early = post(EXPERIMENTS + "/90/steps", "{\"step\":\"complete\",\"date\":\"05-04-2017\"}", true, "en");
        assertThat(early.statusCode()).as(codes(early)).isEqualTo(409);
        assertThat(json.readTree(early.body()).path("code").asText()).isEqualTo("register.transition-refused");
        assertThat(experiment("?on=2017-04-05", "90.").path("state").asText()).isEqualTo("in-preparation");
        HttpResponse<String> started = post(EXPERIMENTS + "/90/steps", "{\"step\":\"start\",\"date\":\"10-04-2017\"}", true, null);
        assertThat(started.statusCode()).as(codes(started)).isEqualTo(201);
        assertThat(json.readTree(started.body()).path("events").get(0).asText()).isEqualTo("experiment.transitioned");

        // A measurement of the new experiment's KPI; the register's own experiments have no KPIs in the sources.
        HttpResponse<String> measured = post(EXPERIMENTS + "/90/measurements", "{\"kpi\":\"deelnemers\",\"value\":\"12\","
            + "\"measuredOn\":\"juni 2017\",\"source\":\"presentielijsten\",\"date\":\"30-06-2017\"}", true, null);
        assertThat(measured.statusCode()).as(codes(measured)).isEqualTo(201);
        HttpResponse<String> noKpi = post(EXPERIMENTS + "/1/measurements", "{\"kpi\":\"deelnemers\",\"value\":\"3\","
            + "\"source\":\"telling\",\"date\":\"30-06-2017\"}", true, null);
        assertThat(noKpi.statusCode()).as(codes(noKpi)).isEqualTo(404);
        assertThat(json.readTree(noKpi.body()).path("code").asText()).isEqualTo("register.unknown-kpi");

        // A review that decides: Ondernemend Zuid extended, the review and the step in one batch.
        HttpResponse<String> reviewed = post(EXPERIMENTS + "/1./reviews", "{\"verdict\":\"extend\",\"reason\":\"<script>alert(2)</script> "
            + "loopt goed\",\"by\":\"college\",\"newEnd\":\"mei 2018\",\"decides\":true,\"date\":\"01-07-2017\"}", true, null);
        assertThat(reviewed.statusCode()).as(codes(reviewed)).isEqualTo(201);
        assertThat(json.readTree(reviewed.body()).path("events").toString()).isEqualTo("[\"experiment.reviewed\",\"experiment.transitioned\"]");
        HttpResponse<String> again = post(EXPERIMENTS + "/1/steps", "{\"step\":\"start\",\"date\":\"02-07-2017\"}", true, null);
        assertThat(again.statusCode()).as(codes(again)).isEqualTo(409);
        assertThat(json.readTree(again.body()).path("code").asText()).isEqualTo("register.transition-refused");
        // Dated before the latest the register recorded: the register keeps its steps in date order.
        HttpResponse<String> backdated = post(EXPERIMENTS + "/90/reviews", "{\"verdict\":\"continue\",\"reason\":\"r\","
            + "\"date\":\"01-06-2017\"}", true, null);
        assertThat(backdated.statusCode()).as(codes(backdated)).isEqualTo(409);
        assertThat(json.readTree(backdated.body()).path("code").asText()).isEqualTo("register.before-latest");

        // Input mistakes: all named at once by their JSON path, 422, nothing recorded.
        HttpResponse<String> invalid = post(EXPERIMENTS + "/90/measurements", "{\"kpi\":\"deelnemers\",\"value\":\"-3\","
            + "\"measuredOn\":\"31-02-2017\",\"source\":\" \",\"date\":\"31-03-2017\"}", true, null);
        assertThat(invalid.statusCode()).as(codes(invalid)).isEqualTo(422);
        assertThat(json.readTree(invalid.body()).path("problems").findValuesAsText("place"))
            .containsExactly("/value", "/date", "/measuredOn", "/source");
        HttpResponse<String> badStep = post(EXPERIMENTS + "/90/steps", "{\"step\":\"start\",\"newEnd\":\"2019\"}", true, null);
        assertThat(badStep.statusCode()).as(codes(badStep)).isEqualTo(422);
        assertThat(json.readTree(badStep.body()).path("problems").findValuesAsText("place")).containsExactly("/newEnd", "/date");
        HttpResponse<String> unknown = post(EXPERIMENTS + "/99/reviews", "{\"verdict\":\"continue\",\"reason\":\"r\","
            + "\"date\":\"02-07-2017\"}", true, null);
        assertThat(unknown.statusCode()).as(codes(unknown)).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("code").asText()).isEqualTo("register.unknown-experiment");

        // A row corrected: a new event; as known before, and as of the report date, the row is the file's.
        HttpResponse<String> corrected = post(EXPERIMENTS + "/1/corrections", "{\"start\":\"november 2016\",\"end\":\"mei 2018\","
            + "\"outcome\":\"Pilot loopt (verlengd)\",\"date\":\"02-07-2017\"}", true, null);
        assertThat(corrected.statusCode()).as(codes(corrected)).isEqualTo(201);
        assertThat(json.readTree(corrected.body()).path("events").get(0).asText()).isEqualTo("experiment.row-corrected");
        HttpResponse<String> noRow = post(EXPERIMENTS + "/90/corrections", "{\"outcome\":\"Loopt\",\"date\":\"02-07-2017\"}", true, null);
        assertThat(noRow.statusCode()).as(codes(noRow)).isEqualTo(409);
        assertThat(json.readTree(noRow.body()).path("code").asText()).isEqualTo("register.no-published-row");

        // The register shown moved, without a restart: by default as of the latest day recorded.
        JsonNode now = json.readTree(get(EXPERIMENTS).body());
        assertThat(now.path("on").asText()).isEqualTo("2017-07-02");
        assertThat(experiment("", "1.").path("rowOutcome").asText()).isEqualTo("Pilot loopt (verlengd)");
        assertThat(experiment("?on=2017-03-31", "1.").path("rowOutcome").asText()).isEqualTo("Pilot loopt");
        assertThat(experiment("", "1.").path("state").asText()).isEqualTo("extended");
        assertThat(experiment("", "1.").path("end").asText()).isEqualTo("mei 2018");
        assertThat(experiment("", "1.").path("reviews").get(0).path("verdict").asText()).isEqualTo("extend");
        assertThat(experiment("", "90.").path("state").asText()).isEqualTo("running");
        assertThat(experiment("", "90.").path("kpis").get(0).path("latest").asLong()).isEqualTo(12);
        // As of the report date, the register is the sources' still, and so is every report.
        assertThat(experiment("?on=2017-03-31", "1.").path("state").asText()).isEqualTo("running");
        assertThat(experiment("?on=2017-03-31", "90.")).isNull();
        assertThat(reportsAsOfTheSources()).isEqualTo(reportsBefore);
        // What a user typed is shown as text on the page.
        assertThat(get("/experiments").body()).contains("&lt;script&gt;alert(2)&lt;/script&gt; loopt goed").doesNotContain("<script>alert(2)");
    }
}
