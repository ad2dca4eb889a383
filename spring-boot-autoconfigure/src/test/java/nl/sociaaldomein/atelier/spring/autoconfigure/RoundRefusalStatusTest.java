package nl.sociaaldomein.atelier.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.round.RoundRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Every kind of round refusal has a stable code and the status its meaning asks for, with both texts of every problem. */
class RoundRefusalStatusTest {

    @Test
    void every_refusal_kind_has_a_code_and_a_status() {
        for (RoundRefusal kind : RoundRefusal.values()) {
            var problems = Refusal.of(kind, Place.about("initiative", "proef-01"), "nl", "en").problems();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).code()).matches("round\\.[a-z]+(-[a-z]+)*");
            HttpStatus status = ProblemDetails.status(problems);
            HttpStatus expected = switch (kind) {
                case UNKNOWN_INITIATIVE -> HttpStatus.NOT_FOUND;
                case OTHER_CALL, INVALID_SCORES, INVALID_DECISIONS -> HttpStatus.UNPROCESSABLE_ENTITY;
                default -> HttpStatus.CONFLICT;
            };
            assertThat(status).as(kind.name()).isEqualTo(expected);
        }
        assertThat(RoundRefusal.ASSESSMENT_CLOSED.code()).isEqualTo("round.assessment-closed");
        assertThat(RoundRefusal.CEILING_BELOW_PROTECTED.code()).isEqualTo("round.ceiling-below-protected");
    }

    @Test
    void each_problem_keeps_its_place_and_both_texts() {
        var problems = new Refusal<>(RoundRefusal.INVALID_SCORES, List.of(
            Problem.invalid("assessment.score-outside-scale", Place.about("initiative", "proef-01"), "score buiten de schaal", "score outside the scale"),
            Problem.notFound("assessment.unknown-criterion", Place.about("round", "call"), "nog een", "another"))).problems();
        assertThat(problems).hasSize(2);
        assertThat(problems).extracting(Problem::code).containsOnly("round.invalid-scores");
        assertThat(ProblemDetails.status(problems)).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problems.get(0).place().subject("initiative")).contains("proef-01");
        assertThat(problems.get(0).message().nl()).isEqualTo("score buiten de schaal");
        assertThat(problems.get(0).message().en()).isEqualTo("score outside the scale");
        assertThat(problems.get(1).place().subject("round")).contains("call");
    }
}
