package nl.sociaaldomein.atelier.benchmarks.call;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.assessment.ScoreSheet;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.FundingHistory;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;

/**
 * One synthetic call of {@code n} initiatives against five scored criteria (scale 0–10, weights
 * 20 each adding up to 100; thresholds: at least 3 on the first and 2 on the second; a framework
 * minimum of 300 points) plus one knock-out (failed by about one in twenty), one assessor each;
 * requests of € 1.000–€ 100.000 in cents, distinct receipt seconds, and a pot holding a third of
 * what is asked. The same data as objects (a list of scores), as a {@link ScoreSheet}, and as
 * plain arrays (for the baseline).
 */
final class RankedCallData {

    /** Scored criteria; the knock-out is the column after them. */
    static final int CRITERIA = 5;
    static final int COLUMNS = CRITERIA + 1;
    static final int WEIGHT = 20;
    static final int[] MINIMUM = {3, 2, 0, 0, 0};
    static final int MINIMUM_TOTAL_POINTS = 300;
    static final String POT = "innovatie";

    final Round round;
    final List<AssessorScore> scores;
    final ScoreSheet sheet;
    final List<PotBalance> pots;

    final int[] plainScores;
    final long[] plainRequests;
    final long[] plainReceiptSeconds;
    final long plainAvailable;

    RankedCallData(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Initiative> initiatives = new ArrayList<>(n);
        scores = new ArrayList<>(n * COLUMNS);
        Map<String, LocalDateTime> receipts = new HashMap<>(n * 2);
        plainScores = new int[n * COLUMNS];
        plainRequests = new long[n];
        plainReceiptSeconds = new long[n];
        LocalDateTime opening = LocalDateTime.of(2017, 1, 1, 0, 0);
        long asked = 0;
        List<String> criteria = List.of("c1", "c2", "c3", "c4", "c5", "ko");
        Applicant applicant = Applicant.organisation("Stichting Benchmark", OrganisationKind.FOUNDATION);
        for (int i = 0; i < n; i++) {
            String id = String.format("i%07d", i);
            long cents = 100_000 + random.nextLong(9_900_001);
            asked += cents;
            plainRequests[i] = cents;
            initiatives.add(Initiative.builder().id(id).title(id).applicant(applicant).requestedAmount(Money.ofCents(cents)).build());
            // Distinct seconds, in an order unrelated to the ids.
            long second = (i * 7_919L) % n;
            plainReceiptSeconds[i] = second;
            receipts.put(id, opening.plusSeconds(second));
            for (int k = 0; k < COLUMNS; k++) {
                int score = k < CRITERIA ? random.nextInt(11) : (random.nextInt(20) == 0 ? 0 : 1);
                plainScores[i * COLUMNS + k] = score;
                scores.add(new AssessorScore("assessor", id, criteria.get(k), score));
            }
        }
        plainAvailable = asked / 3;
        pots = List.of(PotBalance.fresh(POT, Money.ofCents(plainAvailable)));
        Call call = Call.builder().id("benchmark").municipality(Municipality.of("Groningen", "GM0014")).name("Benchmark")
            .potId(POT).maximumAmount(Money.ofEuros(100_000))
            .addPhases(PhaseWindow.of(Phase.OPEN_FOR_IDEAS, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31)))
            .build();
        List<Criterion> framework = new ArrayList<>();
        for (int k = 0; k < CRITERIA; k++) {
            String c = criteria.get(k);
            Criterion scored = Criterion.scored(c, Text.of(c, c), new Scale(0, 10), WEIGHT);
            framework.add(MINIMUM[k] > 0 ? scored.withMinimum(MINIMUM[k]) : scored);
        }
        framework.add(Criterion.knockOut("ko", Text.of("ko", "ko")));
        CriteriaFramework kader = CriteriaFramework.of("benchmark", Text.of("b", "b"), framework, Optional.of(100),
            MINIMUM_TOTAL_POINTS, ScoreCombinations.MEAN).orElseThrow();
        sheet = ScoreSheet.of("assessor", COLUMNS, plainScores);
        round = Round.open(call, kader, initiatives, receipts, FundingHistory.NONE).orElseThrow();
    }
}
