package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

class AssessmentsTest {

    private static final Scale TEN = new Scale(0, 10);
    private static final CallConditions CONDITIONS =
        new CallConditions(Money.ofEuros(1_000), Money.ofEuros(25_000), Set.of("foundation"), Set.of("zelfredzaamheid", "preventie"));

    private static CriteriaFramework framework(ScoreCombination combination) {
        return CriteriaFramework.of("hoogeveen", Text.of("Beleidsdoelen", "Policy goals"), List.of(
                Criterion.automatic("amount", Text.of("Bedrag", "Amount"), AutomaticRules.amountWithinLimits()),
                Criterion.automatic("kind", Text.of("Soort aanvrager", "Applicant kind"), AutomaticRules.applicantKindAllowed()),
                Criterion.automatic("theme", Text.of("Thema", "Theme"), AutomaticRules.themeMatchesCall()),
                Criterion.knockOut("legal", Text.of("Past binnen de wet", "Lawful")),
                Criterion.scored("prevention", Text.of("Preventie", "Prevention"), TEN, 1),
                Criterion.informational("reach", Text.of("Bereik", "Reach"), TEN)),
            Optional.of(1), 5, combination).orElseThrow();
    }

    private static Initiative foundation(String id, long euros, String theme) {
        return Initiative.builder().id(id).title(id).applicant(Applicant.organisation("St " + id, nl.sociaaldomein.atelier.initiative.OrganisationKind.FOUNDATION))
            .requestedAmount(Money.ofEuros(euros)).addThemes(theme).build();
    }

    private static List<AssessorScore> scores(String id, int legal, int... prevention) {
        List<AssessorScore> out = new java.util.ArrayList<>();
        for (int i = 0; i < prevention.length; i++) {
            out.add(new AssessorScore("assessor-" + (i + 1), id, "prevention", prevention[i]));
            out.add(new AssessorScore("assessor-" + (i + 1), id, "legal", legal));
        }
        return out;
    }

    @Test
    void combinationRulesMeanMedianAndConsensusWithDissent() {
        Initiative i = foundation("i", 10_000, "preventie");
        List<AssessorScore> s = scores("i", 1, 6, 8, 8, 9);
        assertThat(Assessments.assess(framework(ScoreCombinations.MEAN), CONDITIONS, List.of(i), s).orElseThrow().get("i").totalHundredths()).isEqualTo(775);
        assertThat(Assessments.assess(framework(ScoreCombinations.MEDIAN), CONDITIONS, List.of(i), s).orElseThrow().get("i").totalHundredths()).isEqualTo(800);
        AssessmentResult consensus = Assessments.assess(framework(ScoreCombinations.CONSENSUS), CONDITIONS, List.of(i), s).orElseThrow().get("i");
        assertThat(consensus.totalHundredths()).isEqualTo(800);
        CriterionResult prevention = consensus.criterionResults().get(4);
        assertThat(prevention.dissent()).containsExactly("assessor-1 (6)", "assessor-4 (9)");
        assertThat(prevention.decidedBy()).isEqualTo("consensus");
    }

    @Test
    void automaticRulesAndKnockOutsDecideEligibility() {
        Initiative tooMuch = foundation("big", 30_000, "preventie");
        Initiative offTheme = foundation("off", 10_000, "sport");
        Initiative person = Initiative.builder().id("p").title("p").applicant(Applicant.naturalPerson("Jan"))
            .requestedAmount(Money.ofEuros(5_000)).addThemes("zelfredzaamheid").build();
        Initiative unlawful = foundation("x", 10_000, "preventie");
        Initiative low = foundation("low", 10_000, "preventie");
        Initiative good = foundation("good", 10_000, "Preventie");
        List<AssessorScore> s = new java.util.ArrayList<>();
        for (String id : List.of("big", "off", "p", "good")) {
            s.addAll(scores(id, 1, 7));
        }
        s.addAll(scores("x", 0, 9));
        s.addAll(scores("low", 1, 4));
        Map<String, AssessmentResult> results = Assessments.assess(framework(ScoreCombinations.MEAN), CONDITIONS,
            List.of(tooMuch, offTheme, person, unlawful, low, good), s).orElseThrow();
        assertThat(results.get("big").criterionResults().get(0).explanation().nl()).isEqualTo("gevraagd € 30.000 is meer dan het maximum van € 25.000");
        assertThat(results.get("off").criterionResults().get(2).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(results.get("p").criterionResults().get(1).explanation().en()).contains("natural-person").contains("not among the accepted kinds");
        assertThat(results.get("x").criterionResults().get(3).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(results.get("low").isEligible()).as("total 4 is below the minimum of 5").isFalse();
        assertThat(results.get("good").isEligible()).isTrue();
        assertThat(results.get("good").criterionResults().get(5).verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(results.values().stream().filter(AssessmentResult::isEligible).count()).isEqualTo(1);
    }

    @Test
    void theSameAssessorCannotScoreTheSameCriterionTwice() {
        Initiative i = foundation("i", 10_000, "preventie");
        List<AssessorScore> twice = List.of(new AssessorScore("a", "i", "prevention", 5), new AssessorScore("a", "i", "prevention", 6));
        assertThat(Assessments.assess(framework(ScoreCombinations.MEAN), CONDITIONS, List.of(i), twice).problems().get(0).toString())
            .contains("heeft dit criterium voor dit initiatief al gescoord");
    }

    @Test
    void pointsAreWrittenWithTheLocalesDecimalSign() {
        assertThat(Points.format(775, java.util.Locale.forLanguageTag("nl"))).isEqualTo("7,75");
        assertThat(Points.format(750, java.util.Locale.ENGLISH)).isEqualTo("7.5");
        assertThat(Points.format(800, java.util.Locale.ENGLISH)).isEqualTo("8");
    }
}
