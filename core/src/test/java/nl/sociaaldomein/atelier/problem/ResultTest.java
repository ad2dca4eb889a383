package nl.sociaaldomein.atelier.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

/** The one result shape: a value or every problem, never a lost problem. */
class ResultTest {

    private static final Locale EN = Locale.ENGLISH;

    private static Problem problem(int n) {
        return Problem.invalid("test.problem-" + n, Place.about("item", String.valueOf(n)), "probleem " + n, "problem " + n);
    }

    @Test
    void or_else_throw_carries_every_problem_in_both_languages() {
        Result<String> failed = Result.failed(problem(1), problem(2));
        assertThatThrownBy(failed::orElseThrow)
            .isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.problems()).containsExactly(problem(1), problem(2));
                assertThat(e.getMessage()).contains("probleem 1").contains("probleem 2");
                assertThat(e.describe(EN)).contains("item '1': problem 1").contains("item '2': problem 2");
            });
        assertThat(Result.ok("x").orElseThrow()).isEqualTo("x");
    }

    @Test
    void all_collects_the_problems_of_every_failed_result() {
        Property.named("Result.all keeps every value or every problem")
            .forAll(Gen.lists(Gen.ints(-3, 5), 0, 12, 4))
            .check(numbers -> {
                List<Result<Integer>> results = new ArrayList<>();
                List<Problem> expectedProblems = new ArrayList<>();
                for (int n : numbers) {
                    if (n < 0) {
                        results.add(Result.failed(problem(-n)));
                        expectedProblems.add(problem(-n));
                    } else {
                        results.add(Result.ok(n));
                    }
                }
                Result<List<Integer>> all = Result.all(results);
                if (expectedProblems.isEmpty()) {
                    assertThat(all.orElseThrow()).containsExactlyElementsOf(numbers);
                } else {
                    assertThat(all.problems()).containsExactlyElementsOf(expectedProblems);
                }
            });
    }

    @Test
    void combine_reports_both_sides_and_map_keeps_problems() {
        Result<Integer> a = Result.failed(problem(1));
        Result<Integer> b = Result.failed(problem(2));
        assertThat(Result.combine(a, b, Integer::sum).problems()).containsExactly(problem(1), problem(2));
        assertThat(Result.combine(Result.ok(2), Result.ok(3), Integer::sum).orElseThrow()).isEqualTo(5);
        assertThat(a.map(x -> x + 1).problems()).containsExactly(problem(1));
        assertThat(Result.ok(1).flatMap(x -> Result.<Integer>failed(problem(9))).problems()).containsExactly(problem(9));
        assertThat(Result.ok(1).toEither().get()).isEqualTo(1);
        assertThat(Result.fromEither(b.toEither()).problems()).containsExactly(problem(2));
    }

    @Test
    void a_failed_result_needs_a_problem_and_a_code_is_dotted_kebab_case() {
        assertThatThrownBy(() -> Result.failed(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.invalid("NoDots", Place.NOWHERE, "a", "b")).hasMessageContaining("dotted kebab-case");
        assertThat(Problem.conflict("ledger.exceeds-remaining", Place.NOWHERE, "a", "b").kind()).isEqualTo(ProblemKind.CONFLICT);
    }

    @Test
    void a_place_reads_as_file_line_column_path_and_subjects() {
        assertThat(Place.inFile("round.yaml", 12, 7, "/initiatives/3/requestedAmount"))
            .hasToString("round.yaml:12:7 /initiatives/3/requestedAmount");
        assertThat(Place.about("pot", "wmo").and("entry", "g-1")).hasToString("pot 'wmo', entry 'g-1'");
        assertThat(Place.NOWHERE).hasToString("");
        assertThat(Problem.notFound("ledger.unknown-pot", Place.about("pot", "x"), "er is geen pot 'x'", "there is no pot 'x'")
            .describe(EN)).isEqualTo("pot 'x': there is no pot 'x'");
    }
}
