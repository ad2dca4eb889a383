package nl.sociaaldomein.atelier.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.profile.groningen.GroningenRound2016;
import nl.sociaaldomein.atelier.spring.autoconfigure.AtelierWebAutoConfiguration;
import nl.sociaaldomein.atelier.spring.autoconfigure.RegisterCommands;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The experiment commands' controller with the real desk behind it, on a register kept in memory
 * (Spring's MVC test slice): what the input check refuses, named by JSON path all at once, before
 * anything reaches the register, and who may post at all.
 */
@WebMvcTest(controllers = ExperimentApi.class)
@Import({SecurityConfiguration.class, ExperimentsDesk.class, ExperimentCommandsSliceTest.Register.class})
@ImportAutoConfiguration(AtelierWebAutoConfiguration.class)
@TestPropertySource(properties = "atelier.web.password=" + RunningApp.PASSWORD)
class ExperimentCommandsSliceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Register {
        @Bean
        LoadedProfile profile() {
            return Atelier.profile("groningen");
        }

        @Bean
        InMemoryJournal journal() {
            return new InMemoryJournal();
        }

        @Bean
        RegisterCommands registers(InMemoryJournal journal) {
            return new RegisterCommands(journal, Clock.fixed(Instant.parse("2017-07-01T10:00:00Z"), ZoneOffset.UTC));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryJournal journal;
    @Autowired
    LoadedProfile profile;
    @Autowired
    ExperimentsDesk desk;

    ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post("/api/experiments" + path).with(httpBasic(RunningApp.USER, RunningApp.PASSWORD)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long recorded() {
        return journal.head();
    }

    @Test
    void a_measurement_with_every_field_wrong_is_one_422_naming_each_by_its_path_and_records_nothing() throws Exception {
        long before = recorded();
        send("/1/measurements", "{\"kpi\":\" \",\"value\":\"twaalf\",\"measuredOn\":\"31-02-2017\",\"source\":\"\",\"note\":\""
            + "x".repeat(501) + "\",\"date\":\"2017-13-01\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[*].place").value(Matchers.contains("/kpi", "/value", "/date", "/measuredOn", "/source", "/note")))
            .andExpect(jsonPath("$.problems[1].code").value("input.count-invalid"))
            .andExpect(jsonPath("$.problems[2].en").value(Matchers.startsWith("not a date: '2017-13-01'")));
        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void a_command_on_or_before_the_report_date_is_refused_as_the_sources_speak_for_it_then() throws Exception {
        send("/1/steps", "{\"step\":\"stop\",\"date\":\"31-03-2017\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.code").value("input.date-not-after-report-date"))
            .andExpect(jsonPath("$.problems[0].place").value("/date"))
            .andExpect(jsonPath("$.problems[0].nl").value(Matchers.containsString("31-03-2017")));
    }

    @Test
    void a_review_names_its_verdicts_and_a_new_end_belongs_to_extend_only() throws Exception {
        send("/1/reviews", "{\"verdict\":\"maybe\",\"reason\":\"\",\"newEnd\":\"2019\",\"date\":\"02-07-2017\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[*].place").value(Matchers.contains("/verdict", "/reason")))
            .andExpect(jsonPath("$.problems[0].en").value("the verdict is continue, adjust, extend, make-regular, stop"));
        send("/1/reviews", "{\"verdict\":\"continue\",\"reason\":\"ok\",\"newEnd\":\"2019\",\"date\":\"02-07-2017\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[*].place").value(Matchers.contains("/newEnd")));
        send("/1/reviews", "{\"verdict\":\"extend\",\"reason\":\"ok\",\"newEnd\":\"dertien\",\"date\":\"02-07-2017\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[*].place").value(Matchers.contains("/newEnd")));
    }

    @Test
    void a_registration_names_its_kpis_mistakes_by_index() throws Exception {
        long before = recorded();
        send("", "{\"number\":\"x\",\"name\":\"Proef\",\"start\":\"april 2017\",\"plannedEnd\":\"maart 2018\",\"kpis\":[{\"name\":\"a\","
            + "\"target\":\"0\"},{\"name\":\"\",\"target\":\"5\",\"deadline\":\"januari 2017\"}],\"date\":\"03-04-2017\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[*].place").value(Matchers.contains("/number", "/kpis/0/target", "/kpis/1/name",
                "/kpis/1/deadline")));
        assertThat(recorded()).isEqualTo(before);
        send("", "{\"number\":\"91\",\"name\":\"Proef\",\"start\":\"april 2017\",\"kpis\":[{\"name\":\"a\",\"target\":\"4\"}],"
            + "\"date\":\"03-04-2017\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[*].place").value(Matchers.contains("/kpis/0/deadline")));
    }

    @Test
    void a_correction_needs_its_outcome_and_real_years() throws Exception {
        long before = recorded();
        send("/1/corrections", "{\"outcome\":\" \",\"yearsMarked\":[2016, 17],\"date\":\"02-07-2017\"}")
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems[*].place").value(Matchers.contains("/outcome", "/yearsMarked/1")));
        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void a_number_that_is_no_number_of_the_register_is_404_and_a_valid_command_is_recorded() throws Exception {
        send("/zuid/steps", "{\"step\":\"stop\",\"date\":\"02-07-2017\"}")
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.code").value("register.unknown-experiment"));
        long before = recorded();
        send("/11./reviews", "{\"verdict\":\"adjust\",\"reason\":\"taak verruimd\",\"date\":\"02-07-2017\"}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.number").value("11."))
            .andExpect(jsonPath("$.events[0]").value("experiment.reviewed"));
        assertThat(recorded()).isEqualTo(before + 1);
    }

    @Test
    void the_kept_register_is_the_shipped_file_as_of_its_report_date_and_a_restart_rebuilds_it_without_entering_it_again() throws Exception {
        ExperimentRegister shipped = profile.registerReader().orElseThrow().forProfileData().read(ExperimentsDesk.RESOURCE,
            BundledResource.bytes(GroningenRound2016.class, ExperimentsDesk.RESOURCE), InputFormat.YAML).orElseThrow();
        assertThat(desk.registerOn(LocalDate.of(2017, 3, 31))).isEqualTo(shipped);
        long before = recorded();
        ExperimentsDesk restarted = new ExperimentsDesk(profile, new RegisterCommands(journal, Clock.systemUTC()));
        assertThat(recorded()).isEqualTo(before);
        assertThat(restarted.registerOn(LocalDate.of(2017, 3, 31))).isEqualTo(shipped);
        assertThat(restarted.latestDay()).isEqualTo(desk.latestDay());
    }

    @Test
    void a_command_needs_a_login() throws Exception {
        mvc.perform(post("/api/experiments/1/steps").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"step\":\"stop\",\"date\":\"02-07-2017\"}"))
            .andExpect(status().isUnauthorized());
    }
}
