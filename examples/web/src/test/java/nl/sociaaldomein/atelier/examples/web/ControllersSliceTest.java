package nl.sociaaldomein.atelier.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.spring.autoconfigure.AtelierWebAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The controllers alone (Spring's MVC test slice, the desks behind them replaced): who may post,
 * what reaches the ledger desk from a JSON body and from the budget page's form, and how a refusal
 * or a wrong parameter is answered. The whole application is {@link WholeRoundOverHttpTest}'s.
 */
@WebMvcTest(controllers = {RoundApi.class, TrialApi.class, PagesController.class})
@Import(SecurityConfiguration.class)
@ImportAutoConfiguration(AtelierWebAutoConfiguration.class)
@TestPropertySource(properties = "atelier.web.password=" + RunningApp.PASSWORD)
class ControllersSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ViewMaker views;
    @MockitoBean
    RoundDesk round;
    @MockitoBean
    ExperimentsDesk experiments;
    @MockitoBean
    ReportDesk reports;
    @MockitoBean
    LedgerDesk ledger;
    @MockitoBean
    TrialDesk trial;

    static final String ADVANCE = "{\"amount\":\"5000\",\"date\":\"2016-07-01\",\"reason\":\"eerste voorschot\",\"id\":\"retry-1\"}";

    static PostedBatch posted() {
        return new PostedBatch("batch-1", Instant.parse("2016-07-01T10:00:00Z"), false, List.of(), List.of());
    }

    @Test
    void posting_to_the_api_without_a_login_is_401_and_reaches_nothing() throws Exception {
        mvc.perform(post("/api/grants/gr2016-19/advances").contentType(MediaType.APPLICATION_JSON).content(ADVANCE))
            .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/grants/gr2016-19/advances").with(httpBasic(RunningApp.USER, "wrong")).contentType(MediaType.APPLICATION_JSON)
            .content(ADVANCE)).andExpect(status().isUnauthorized());
        verifyNoInteractions(ledger);
    }

    @Test
    void an_advance_in_json_reaches_the_ledger_desk_with_the_logged_in_user_as_actor() throws Exception {
        when(ledger.pay(any(), anyString(), any(), anyString())).thenReturn(posted());
        mvc.perform(post("/api/grants/gr2016-19/advances").with(httpBasic(RunningApp.USER, RunningApp.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(ADVANCE))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.batchId").value("batch-1"));
        ArgumentCaptor<Payment> payment = ArgumentCaptor.forClass(Payment.class);
        verify(ledger).pay(eq(LedgerDesk.Kind.ADVANCE), eq("gr2016-19"), payment.capture(), eq(RunningApp.USER));
        assertThat(payment.getValue()).isEqualTo(new Payment("5000", "2016-07-01", "eerste voorschot", "retry-1"));
    }

    @Test
    void a_refusal_is_problem_details_with_its_code_in_the_asked_language() throws Exception {
        when(ledger.pay(any(), anyString(), any(), anyString())).thenThrow(new ProblemException(List.of(
            Problem.conflict("ledger.exceeds-grant", Place.about("grant", "gr2016-19"), "te veel", "too much"))));
        mvc.perform(post("/api/grants/gr2016-19/settlement").with(httpBasic(RunningApp.USER, RunningApp.PASSWORD))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(ADVANCE))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("ledger.exceeds-grant"))
            .andExpect(jsonPath("$.title").value("Conflicts with what is recorded"))
            .andExpect(jsonPath("$.problems[0].nl").value("te veel"));
        verify(ledger).pay(eq(LedgerDesk.Kind.SETTLEMENT), eq("gr2016-19"), any(), eq(RunningApp.USER));
    }

    @Test
    void a_day_that_does_not_exist_is_422_naming_the_parameter_before_any_view_is_made() throws Exception {
        when(round.decisionDate()).thenReturn(LocalDate.of(2016, 6, 30));
        mvc.perform(get("/api/budget").param("asOf", "31-02-2016").param("knownAt", "gisteren"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[0].place").value("?asOf"))
            .andExpect(jsonPath("$.problems[1].place").value("?knownAt"));
        verifyNoInteractions(views);
    }

    @Test
    void the_budget_form_needs_its_csrf_token_and_a_login_and_posts_what_was_typed() throws Exception {
        String form = "initiativeId= gr2016-01 &kind=settlement&amount=2.500&date=01-07-2016&reason=%3Cb%3Ebijna%3C%2Fb%3E";
        mvc.perform(post("/budget/payments").with(user(RunningApp.USER)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
            .andExpect(status().isForbidden());
        mvc.perform(post("/budget/payments").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
            .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        verifyNoInteractions(ledger);

        when(ledger.pay(any(), anyString(), any(), anyString())).thenReturn(posted());
        mvc.perform(post("/budget/payments").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form))
            .andExpect(redirectedUrl("/budget"));
        ArgumentCaptor<Payment> payment = ArgumentCaptor.forClass(Payment.class);
        verify(ledger).pay(eq(LedgerDesk.Kind.SETTLEMENT), eq("gr2016-01"), payment.capture(), eq(RunningApp.USER));
        assertThat(payment.getValue()).isEqualTo(new Payment("2.500", "01-07-2016", "<b>bijna</b>", null));
    }

    static final String SUBMISSION = "{\"title\":\"Buurtkamer\",\"applicant\":\"Stichting De Brug\",\"applicantKind\":\"organisation\","
        + "\"amount\":\"40000\",\"date\":\"05-07-2016\"}";

    @Test
    void a_submission_in_json_reaches_the_trial_desk_with_the_logged_in_user_and_a_round_refusal_is_its_stable_code() throws Exception {
        mvc.perform(post("/api/calls/proefronde-2016/initiatives").contentType(MediaType.APPLICATION_JSON).content(SUBMISSION))
            .andExpect(status().isUnauthorized());
        verifyNoInteractions(trial);

        when(trial.of("proefronde-2016")).thenReturn(trial);
        when(trial.submit(any(), anyString())).thenReturn(new TrialDesk.Done("proefronde-2016", "proef-01",
            List.of("round.initiative-submitted"), Instant.parse("2016-07-05T10:00:00Z")));
        mvc.perform(post("/api/calls/proefronde-2016/initiatives").with(httpBasic(RunningApp.USER, RunningApp.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(SUBMISSION))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.initiativeId").value("proef-01"));
        verify(trial).submit(new nl.sociaaldomein.atelier.examples.web.TrialInput.Submission("Buurtkamer", "Stichting De Brug", "organisation",
            "40000", "05-07-2016", null), RunningApp.USER);

        when(trial.score(anyString(), any(), anyString())).thenThrow(new ProblemException(
            nl.sociaaldomein.atelier.events.Refusal.of(nl.sociaaldomein.atelier.round.RoundRefusal.ASSESSMENT_CLOSED,
                nl.sociaaldomein.atelier.problem.Place.about("initiative", "proef-01"), "de beoordeling is gesloten",
                "assessment is closed").problems()));
        mvc.perform(post("/api/calls/proefronde-2016/initiatives/proef-01/scores").with(httpBasic(RunningApp.USER, RunningApp.PASSWORD))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"assessor\":\"a\",\"date\":\"02-10-2016\",\"scores\":{\"care-innovation\":1}}"))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("round.assessment-closed"))
            .andExpect(jsonPath("$.problems[0].en").value("assessment is closed"))
            .andExpect(jsonPath("$.problems[0].nl").value("de beoordeling is gesloten"));
    }

    @Test
    void the_submission_form_needs_its_csrf_token_and_a_login_and_posts_what_was_typed() throws Exception {
        String form = "title=%3Cb%3EBuurtkamer%3C%2Fb%3E&applicant=Jan+Jansen&applicantKind=natural-person&amount=12.500&date=04-07-2016";
        mvc.perform(post("/trial/initiatives").with(user(RunningApp.USER)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
            .andExpect(status().isForbidden());
        mvc.perform(post("/trial/initiatives").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
            .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        verifyNoInteractions(trial);

        when(trial.submit(any(), anyString())).thenReturn(new TrialDesk.Done("proefronde-2016", "proef-01",
            List.of("round.initiative-submitted"), Instant.parse("2016-07-04T10:00:00Z")));
        mvc.perform(post("/trial/initiatives").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form))
            .andExpect(redirectedUrl("/trial"));
        verify(trial).submit(new nl.sociaaldomein.atelier.examples.web.TrialInput.Submission("<b>Buurtkamer</b>", "Jan Jansen", "natural-person",
            "12.500", "04-07-2016", null), RunningApp.USER);
    }

    @Test
    void the_experiment_forms_need_their_csrf_token_and_a_login_and_post_what_was_typed() throws Exception {
        String form = "number=1.&verdict=extend&reason=%3Cb%3Eloopt%3C%2Fb%3E&newEnd=mei+2018&decides=true&date=01-07-2017";
        mvc.perform(post("/experiments/reviews").with(user(RunningApp.USER)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
            .andExpect(status().isForbidden());
        mvc.perform(post("/experiments/reviews").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
            .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        verifyNoInteractions(experiments);

        ExperimentsDesk.Done done = new ExperimentsDesk.Done("groningen-meedoen-2017", "1.", List.of("experiment.reviewed"),
            Instant.parse("2017-07-01T10:00:00Z"));
        when(experiments.review(anyString(), any(), anyString())).thenReturn(done);
        mvc.perform(post("/experiments/reviews").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form))
            .andExpect(redirectedUrl("/experiments"));
        verify(experiments).review("1.", new ExperimentInput.Review("extend", "<b>loopt</b>", null, "mei 2018", true, "01-07-2017"),
            RunningApp.USER);

        when(experiments.measure(anyString(), any(), anyString())).thenReturn(done);
        mvc.perform(post("/experiments/measurements").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("number=90&kpi=deelnemers&value=12&source=telling&date=30-06-2017"))
            .andExpect(redirectedUrl("/experiments"));
        verify(experiments).measure("90", new ExperimentInput.Measurement("deelnemers", "12", null, "telling", null, "30-06-2017"),
            RunningApp.USER);

        when(experiments.step(anyString(), any(), anyString())).thenReturn(done);
        mvc.perform(post("/experiments/steps").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("number=90&step=stop&date=02-07-2017"))
            .andExpect(redirectedUrl("/experiments"));
        verify(experiments).step("90", new ExperimentInput.Step("stop", null, "02-07-2017"), RunningApp.USER);
    }

    @Test
    void the_trial_scoring_and_objection_forms_post_what_was_typed_and_a_score_that_is_no_number_is_named_with_its_criterion() throws Exception {
        TrialDesk.Done done = new TrialDesk.Done("proefronde-2016", "proef-01", List.of("round.scores-recorded"),
            Instant.parse("2016-09-01T10:00:00Z"));
        String scores = "initiativeId=proef-01&assessor=beoordelaar-1&date=01-09-2016&score-care-innovation=1&score-right-to-challenge=0";
        mvc.perform(post("/trial/scores").with(user(RunningApp.USER)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(scores))
            .andExpect(status().isForbidden());
        verifyNoInteractions(trial);
        when(trial.score(anyString(), any(), anyString())).thenReturn(done);
        mvc.perform(post("/trial/scores").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(scores))
            .andExpect(redirectedUrl("/trial"));
        verify(trial).score("proef-01", new TrialInput.Scores("beoordelaar-1", java.util.Map.of("care-innovation", 1, "right-to-challenge", 0),
            "01-09-2016"), RunningApp.USER);

        mvc.perform(post("/trial/scores").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("initiativeId=proef-01&date=31-09-2016&score-care-innovation=veel"))
            .andExpect(redirectedUrl("/trial"))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problems",
                org.hamcrest.Matchers.hasSize(2)));
        verify(trial, org.mockito.Mockito.times(1)).score(anyString(), any(), anyString());

        when(trial.object(anyString(), any(), anyString())).thenReturn(done);
        mvc.perform(post("/trial/objections").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("initiativeId=proef-02&grounds=%3Cb%3Eonterecht%3C%2Fb%3E&date=01-11-2016"))
            .andExpect(redirectedUrl("/trial"));
        verify(trial).object("proef-02", new TrialInput.Objection("<b>onterecht</b>", "01-11-2016"), RunningApp.USER);

        when(trial.decideObjection(anyString(), any(), anyString())).thenReturn(done);
        mvc.perform(post("/trial/objections/decision").with(user(RunningApp.USER)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("initiativeId=proef-02&outcome=upheld&decision=granted&amount=4.000&date=15-12-2016&motivation=alsnog"))
            .andExpect(redirectedUrl("/trial"));
        verify(trial).decideObjection("proef-02", new TrialInput.ObjectionDecision("upheld", "granted", "4.000", "15-12-2016", "alsnog"),
            RunningApp.USER);
    }
}
