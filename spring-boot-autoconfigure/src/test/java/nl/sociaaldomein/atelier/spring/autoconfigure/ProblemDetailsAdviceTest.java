package nl.sociaaldomein.atelier.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

class ProblemDetailsAdviceTest {

    static final Problem CEILING = Problem.conflict("ledger.exceeds-remaining", Place.about("pot", "wmo-2016"),
        "toekenning van € 300 past niet in de resterende € 150", "grant of € 300 exceeds the remaining € 150");
    static final Problem UNKNOWN = Problem.notFound("round.unknown-initiative", Place.about("initiative", "x"),
        "onbekend initiatief", "unknown initiative");
    static final Problem AMOUNT = Problem.invalid("input.amount-not-positive", Place.inFile("body", 0, 0, "/amount"),
        "het bedrag moet positief zijn", "the amount must be positive");

    @RestController
    static class Failing {
        @GetMapping("/fail/{what}")
        String fail(@PathVariable("what") String what) {
            switch (what) {
                case "ceiling":
                    throw new ProblemException(List.of(CEILING));
                case "unknown":
                    throw new ProblemException(List.of(UNKNOWN));
                default:
                    throw new ProblemException(List.of(CEILING, UNKNOWN, AMOUNT));
            }
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void a_conflict_is_409_with_its_code_in_dutch_by_default() throws Exception {
        mvc.perform(get("/fail/ceiling"))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().string("Content-Language", "nl"))
            .andExpect(jsonPath("$.type").value("urn:atelier:problem:ledger.exceeds-remaining"))
            .andExpect(jsonPath("$.status").value(409))
            .andExpect(jsonPath("$.code").value("ledger.exceeds-remaining"))
            .andExpect(jsonPath("$.title").value("Strijdig met wat is vastgelegd"))
            .andExpect(jsonPath("$.detail").value("pot 'wmo-2016': toekenning van € 300 past niet in de resterende € 150"))
            .andExpect(jsonPath("$.problems[0].en").value("grant of € 300 exceeds the remaining € 150"))
            .andExpect(jsonPath("$.problems[0].kind").value("conflict"));
    }

    @Test
    void english_on_request_and_404_for_what_is_unknown() throws Exception {
        mvc.perform(get("/fail/unknown").header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.detail").value("initiative 'x': unknown initiative"));
    }

    @Test
    void invalid_input_comes_first_and_every_problem_is_listed() throws Exception {
        mvc.perform(get("/fail/all"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.problems.length()").value(3))
            .andExpect(jsonPath("$.problems[2].place").value("body /amount"));
    }

    @Test
    void the_language_is_dutch_unless_english_is_preferred() {
        assertThat(ProblemDetails.language(null).getLanguage()).isEqualTo("nl");
        assertThat(ProblemDetails.language("en").getLanguage()).isEqualTo("en");
        assertThat(ProblemDetails.language("nl,en;q=0.8").getLanguage()).isEqualTo("nl");
        assertThat(ProblemDetails.language("de,en;q=0.5").getLanguage()).isEqualTo("en");
        assertThat(ProblemDetails.language("fr").getLanguage()).isEqualTo("nl");
        assertThat(ProblemDetails.language(";;;=").getLanguage()).isEqualTo("nl");
        assertThat(ProblemDetails.status(List.of(UNKNOWN, CEILING))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ProblemDetails.of(List.of(CEILING), Locale.ENGLISH).getTitle()).isEqualTo("Conflicts with what is recorded");
    }
}
