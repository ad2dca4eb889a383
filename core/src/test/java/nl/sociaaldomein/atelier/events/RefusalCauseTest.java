package nl.sociaaldomein.atelier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.round.RoundRefusal;
import org.junit.jupiter.api.Test;

/** A refusal's problems carry the refusal's one code, and keep the code of what was actually wrong as their cause. */
class RefusalCauseTest {

    @Test
    void aProblemFoundByAnotherCheckKeepsItsCodeAsTheCause() {
        Refusal<RoundRefusal> refusal = new Refusal<>(RoundRefusal.INVALID_SCORES, List.of(
            Problem.notFound("assessment.unknown-criterion", Place.about("initiative", "i1").and("criterion", "charm"),
                "onbekend criterium charm", "unknown criterion charm")));

        assertThat(refusal.code()).isEqualTo("round.invalid-scores");
        assertThat(refusal.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("round.invalid-scores");
            assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID);
            assertThat(Refusal.cause(problem)).contains("assessment.unknown-criterion");
            assertThat(problem.place().subject("initiative")).contains("i1");
            assertThat(problem.toString()).isEqualTo(
                "[round.invalid-scores] initiative 'i1', criterion 'charm', cause 'assessment.unknown-criterion': onbekend criterium charm");
        });
    }

    @Test
    void aProblemOfTheRefusalsOwnCheckHasNoCause() {
        Refusal<RoundRefusal> refusal = Refusal.of(RoundRefusal.ASSESSMENT_CLOSED, Place.about("round", "r"), "gesloten", "closed");
        assertThat(refusal.problems()).singleElement().satisfies(problem -> assertThat(Refusal.cause(problem)).isEmpty());
        // Folding a refused result into another refusal keeps the first cause, not the intermediate code.
        Refusal<RoundRefusal> again = new Refusal<>(RoundRefusal.LEDGER_REFUSED, new Refusal<>(RoundRefusal.INVALID_SCORES, List.of(
            Problem.invalid("assessment.score-outside-scale", Place.NOWHERE, "buiten de schaal", "outside the scale"))).problems());
        assertThat(Refusal.cause(again.problems().get(0))).contains("assessment.score-outside-scale");
    }
}
