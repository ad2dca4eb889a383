package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Arrays;

/** The score-combination rules a profile can pick: mean, median, or consensus with recorded dissent. */
public final class ScoreCombinations {

    private ScoreCombinations() {
    }

    /** The mean, rounded half up to a hundredth of a point. */
    public static final ScoreCombination MEAN = new Rule("mean",
        Text.of("gemiddelde van de beoordelaars", "mean of the assessors' scores")) {
        @Override
        public long combineHundredths(int[] scores, int count) {
            long sum = 0;
            for (int i = 0; i < count; i++) {
                sum += scores[i];
            }
            return (sum * 200 + count) / (2L * count);
        }
    };

    /** The median; with an even number of scores, the mean of the middle two. */
    public static final ScoreCombination MEDIAN = new Rule("median",
        Text.of("mediaan van de beoordelaars", "median of the assessors' scores")) {
        @Override
        public long combineHundredths(int[] scores, int count) {
            Arrays.sort(scores, 0, count);
            int middle = count / 2;
            return count % 2 == 1 ? scores[middle] * 100L : (scores[middle - 1] + (long) scores[middle]) * 50L;
        }
    };

    /**
     * The committee's shared score: the score most assessors gave (on a tie, the lowest of the
     * most frequent, so a split committee never rounds up). Assessors who gave another score are
     * recorded as dissenting, with their own score, in the motivation.
     */
    public static final ScoreCombination CONSENSUS = new Rule("consensus",
        Text.of("consensus van de commissie (afwijkende oordelen vastgelegd)",
            "committee consensus (dissenting scores recorded)")) {
        @Override
        public long combineHundredths(int[] scores, int count) {
            Arrays.sort(scores, 0, count);
            int best = scores[0];
            int bestRun = 0;
            int run = 0;
            for (int i = 0; i < count; i++) {
                run = i > 0 && scores[i] == scores[i - 1] ? run + 1 : 1;
                if (run > bestRun) {
                    bestRun = run;
                    best = scores[i];
                }
            }
            return best * 100L;
        }

        @Override
        public boolean recordsDissent() {
            return true;
        }
    };

    private abstract static class Rule implements ScoreCombination {
        private final String id;
        private final Text description;

        Rule(String id, Text description) {
            this.id = id;
            this.description = description;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Text description() {
            return description;
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
