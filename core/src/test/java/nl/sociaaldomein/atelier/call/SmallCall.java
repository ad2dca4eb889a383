package nl.sociaaldomein.atelier.call;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.AutomaticRules;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;

/** A small synthetic call for example and property tests: three scored criteria and an automatic amount rule. */
final class SmallCall {

    static final String POT = "innovatie";
    static final List<String> SCORED = List.of("substitution", "quality", "need");

    private SmallCall() {
    }

    static Call call(Money maximum) {
        return Call.builder().id("test-call").municipality(Municipality.of("Hoogeveen", "GM0118")).name("Testoproep")
            .potId(POT).maximumAmount(maximum)
            .addPhases(PhaseWindow.of(Phase.OPEN_FOR_IDEAS, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 28)))
            .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 30)))
            .build();
    }

    /** Groningen 2017's afwegingskader (003_8cbc039ce30155df.txt) with weights adding up to 100, plus the amount rule. */
    static CriteriaFramework framework() {
        Scale tenPoint = new Scale(0, 10);
        return CriteriaFramework.of("afwegingskader", Text.of("Afwegingskader", "Assessment framework"), List.of(
                Criterion.automatic("amount", Text.of("Bedrag binnen de grenzen", "Amount within limits"), AutomaticRules.amountWithinLimits()),
                Criterion.scored("substitution", Text.of("Substitutie in de zorg", "Substitution in care"), tenPoint, 40),
                Criterion.scored("quality", Text.of("Kwalitatief goede, geïnnoveerde zorg", "Good-quality innovated care"), tenPoint, 30),
                Criterion.scored("need", Text.of("Echt nodig in de wijk", "Really needed in the neighbourhood"), tenPoint, 30).withMinimum(3)),
            Optional.of(100), 0, ScoreCombinations.MEAN).orElseThrow();
    }

    static Initiative initiative(String id, long euros) {
        return Initiative.builder().id(id).title("Initiatief " + id)
            .applicant(Applicant.organisation("Stichting " + id, OrganisationKind.FOUNDATION))
            .requestedAmount(Money.ofEuros(euros)).build();
    }

    /** One assessor giving the same score on every scored criterion. */
    static List<AssessorScore> uniformScores(String initiativeId, int score) {
        List<AssessorScore> scores = new ArrayList<>();
        for (String criterion : SCORED) {
            scores.add(new AssessorScore("a", initiativeId, criterion, score));
        }
        return scores;
    }

    static Round round(Money maximum, List<Initiative> initiatives, List<AssessorScore> scores, Map<String, LocalDateTime> receipts) {
        return Round.open(call(maximum), framework(), initiatives, receipts, FundingHistory.NONE).orElseThrow().assess(scores).orElseThrow();
    }

    static List<PotBalance> pot(long euros) {
        return List.of(PotBalance.fresh(POT, Money.ofEuros(euros)));
    }
}
