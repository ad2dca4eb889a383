package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.ScoreSheet;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;

/** The columnar path (score sheet, ranked trial) gives exactly what the object path gives. */
class ColumnarAllocationProperties {

    /** One initiative: request in cents, a score per scored criterion (-1 = not scored), day of receipt. */
    record Entrant(long requestCents, List<Integer> scores, int day) {
    }

    record Scenario(List<Entrant> entrants, long available) {
    }

    private static final Gen<Entrant> ENTRANT = source -> new Entrant(
        Gen.longs(0, 6_000_000L).generate(source),
        Gen.lists(Gen.ints(-1, 10), 3, 3, 0).generate(source),
        Gen.ints(1, 3).generate(source));

    private static final Gen<Scenario> SCENARIO = source -> new Scenario(
        Gen.lists(ENTRANT, 0, 30, 8).generate(source),
        Gen.longs(0, 20_000_000L).generate(source));

    /** The opened round, the scores as a list, and the same scores as a sheet. */
    private record Setup(Round open, List<AssessorScore> scores, ScoreSheet sheet) {
    }

    private static Setup setup(List<Entrant> entrants) {
        List<Initiative> initiatives = new ArrayList<>();
        List<AssessorScore> scores = new ArrayList<>();
        Map<String, LocalDateTime> receipts = new HashMap<>();
        int columns = SmallCall.framework().criteria().size();
        int[] cells = new int[entrants.size() * columns];
        java.util.Arrays.fill(cells, ScoreSheet.NOT_SCORED);
        for (int i = 0; i < entrants.size(); i++) {
            Entrant e = entrants.get(i);
            String id = String.format("i%02d", i);
            initiatives.add(Initiative.builder().id(id).title(id).applicant(Applicant.naturalPerson("p" + i))
                .requestedAmount(Money.ofCents(e.requestCents())).build());
            for (int k = 0; k < SmallCall.SCORED.size(); k++) {
                if (e.scores().get(k) >= 0) {
                    scores.add(new AssessorScore("a", id, SmallCall.SCORED.get(k), e.scores().get(k)));
                    cells[i * columns + SmallCall.framework().indexOf(SmallCall.SCORED.get(k))] = e.scores().get(k);
                }
            }
            receipts.put(id, LocalDateTime.of(2017, 2, e.day(), 9, 0));
        }
        Round open = Round.open(SmallCall.call(Money.ofEuros(50_000)), SmallCall.framework(), initiatives, receipts, FundingHistory.NONE).orElseThrow();
        return new Setup(open, scores, ScoreSheet.of("a", columns, cells));
    }

    @Test
    void theSheetAssessesAsTheListOfScores() {
        Property.named("assessing from a score sheet equals assessing from the scores").forAll(SCENARIO).check(s -> {
            Setup setup = setup(s.entrants());
            Round byList = setup.open().assess(setup.scores()).orElseThrow();
            Round bySheet = setup.open().assess(setup.sheet()).orElseThrow();
            assertThat(bySheet).isEqualTo(byList).hasSameHashCodeAs(byList);   // a round's equality does not see how it holds its assessments
            for (Initiative initiative : setup.open().initiatives()) {
                assertThat(bySheet.assessment(initiative.id())).isEqualTo(byList.assessment(initiative.id()));
                assertThat(bySheet.assessment(initiative.id()).criterionResults()).isEqualTo(byList.assessment(initiative.id()).criterionResults());
                assertThat(bySheet.assessment(initiative.id()).isEligible()).isEqualTo(byList.assessment(initiative.id()).isEligible());
            }
        });
    }

    @Test
    void theColumnarTrialDecidesAsTheObjectPath() {
        Tally tally = new Tally();
        Property.named("a ranked trial on a sheet-assessed round equals the object path").forAll(SCENARIO).check(s -> {
            Setup setup = setup(s.entrants());
            List<PotBalance> pots = List.of(PotBalance.fresh(SmallCall.POT, Money.ofCents(s.available())));
            for (WhenItDoesNotFit mode : WhenItDoesNotFit.values()) {
                RankedPolicy policy = new RankedPolicy(mode);
                Result<Allocation> objects = setup.open().assess(setup.scores()).orElseThrow().trial(policy, pots);
                Result<Allocation> columns = setup.open().assess(setup.sheet()).orElseThrow().trial(policy, pots);
                assertThat(columns).isEqualTo(objects);
                if (objects.isOk()) {
                    assertThat(columns.orElseThrow().budgetEffect()).isEqualTo(objects.orElseThrow().budgetEffect());
                    for (int i = 0; i < objects.orElseThrow().decisions().size(); i++) {
                        assertThat(columns.orElseThrow().decisions().get(i).motivationText(Locale.ENGLISH))
                            .isEqualTo(objects.orElseThrow().decisions().get(i).motivationText(Locale.ENGLISH));
                    }
                    tally.add(objects.orElseThrow().budgetEffect().isNone() ? "nothing granted" : "granted");
                }
            }
        });
        assertThat(tally.fraction("granted")).isGreaterThan(0.05);
        assertThat(tally.fraction("nothing granted")).isGreaterThan(0.01);
    }

    @Test
    void aSheetWithAScoreOutsideTheScaleOrForARuleIsRefused() {
        Setup setup = setup(List.of(new Entrant(100_000, List.of(5, 5, 5), 1)));
        int columns = SmallCall.framework().criteria().size();
        int[] cells = new int[columns];
        java.util.Arrays.fill(cells, 11);
        var refused = setup.open().assess(ScoreSheet.of("a", columns, cells));
        assertThat(refused.isFailed()).isTrue();
        assertThat(refused.problems().toString())
            .contains("automatische regel").contains("buiten de schaal 0–10");
        assertThat(setup.open().assess(ScoreSheet.of("a", columns, new int[columns * 2])).isFailed()).isTrue();
    }

    @Test
    void oneOffSupportBarsOnTheColumnarPathAsOnTheObjectPath() {
        Initiative again = SmallCall.initiative("again", 10_000);
        Initiative fresh = SmallCall.initiative("fresh", 10_000);
        Call oneOff = Call.builder().from(SmallCall.call(Money.ofEuros(50_000))).oneOff(true).build();
        Round open = Round.open(oneOff, SmallCall.framework(), List.of(again, fresh), Map.of(),
            new FundingHistory(java.util.Set.of(), java.util.Set.of(again.applicant()))).orElseThrow();
        int columns = SmallCall.framework().criteria().size();
        int[] cells = {ScoreSheet.NOT_SCORED, 9, 9, 9, ScoreSheet.NOT_SCORED, 5, 5, 5};
        List<AssessorScore> scores = new ArrayList<>(SmallCall.uniformScores("again", 9));
        scores.addAll(SmallCall.uniformScores("fresh", 5));
        RankedPolicy ranked = new RankedPolicy(WhenItDoesNotFit.SKIP);
        Allocation columnar = open.assess(ScoreSheet.of("a", columns, cells)).orElseThrow().trial(ranked, SmallCall.pot(100_000)).orElseThrow();

        assertThat(columnar).isEqualTo(open.assess(scores).orElseThrow().trial(ranked, SmallCall.pot(100_000)).orElseThrow());
        assertThat(columnar.decisionFor("fresh").get().kind()).isEqualTo(DecisionKind.GRANTED);
        assertThat(columnar.decisionFor("again").get().motivationText(Locale.forLanguageTag("nl")))
            .contains("eenmalige ondersteuning: dit initiatief of deze aanvrager is eerder gefinancierd");
    }
}
