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
}
