package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** Replays Groningen's 2016 round (000_54832993d59957fc.txt) through the library. */
class GroningenRound2016Test {

    private final List<PotBalance> pot = List.of(PotBalance.fresh(GroningenInnovatieatelier2016.POT, GroningenInnovatieatelier2016.CEILING));

    private Round decidedRound() {
        Round round = GroningenInnovatieatelier2016.openRound();
        Allocation allocation = round.trial(GroningenInnovatieatelier2016.committee(round), pot).get();
        return round.apply(allocation, pot).get();
    }

    @Test
    void summaryMatchesTheCouncilLetter() {
        RoundSummary summary = decidedRound().summary(GroningenInnovatieatelier2016.CEILING);

        assertThat(summary.ideasReceived()).isEqualTo(43);
        assertThat(summary.undecided()).isZero();
        assertThat(summary.count(DecisionKind.GRANTED)).isEqualTo(19);
        assertThat(summary.count(DecisionKind.REFERRED)).isEqualTo(9);
        assertThat(summary.count(DecisionKind.DEFERRED)).isEqualTo(1);
        assertThat(summary.count(DecisionKind.REJECTED)).isEqualTo(11);
        assertThat(summary.count(DecisionKind.WITHDRAWN)).isEqualTo(3);
        assertThat(summary.count(DecisionKind.IN_KIND)).isZero();
        assertThat(summary.granted()).isEqualTo(Money.ofEuros(887_685));
        assertThat(summary.amount(DecisionKind.GRANTED).toString()).isEqualTo("€ 887.685");
        assertThat(summary.remainingBeforeReservations()).isEqualTo(Money.ofEuros(112_315));
        assertThat(summary.reserved()).isEqualTo(Money.ZERO);
        assertThat(summary.ceiling()).isEqualTo(Money.ofEuros(1_000_000));
    }

    @Test
    void everyAnnexGrantKeepsItsExactAmountAndPublicApplicant() {
        Round round = decidedRound();
        Decision.Granted ondernemendZuid = (Decision.Granted) round.decision("g06").get();
        assertThat(ondernemendZuid.amount()).isEqualTo(Money.ofEuros(250_000));
        assertThat(round.initiative("g06").applicant().publicName()).isEqualTo("Ondernemend Zuid");
        assertThat(((Decision.Granted) round.decision("g16").get()).amount()).isEqualTo(Money.ofEuros(2_435));
        assertThat(round.initiative("g16").applicant().publicName()).isEqualTo("Particulier");
        assertThat(round.initiative("g09").title()).isEqualTo("St Martinus Pronkjewailn");
    }

    @Test
    void placeholdersSayTheyAreStandIns() {
        List<Initiative> placeholders = GroningenInnovatieatelier2016.openRound().initiatives().stream()
            .filter(i -> i.id().startsWith("p")).toList();
        assertThat(placeholders).hasSize(24)
            .allSatisfy(i -> assertThat(i.note()).hasValue(GroningenInnovatieatelier2016.PLACEHOLDER_NOTE));
    }

    @Test
    void eachDecisionSaysWhyInDutchAndEnglish() {
        Decision decision = decidedRound().decision("g01").get();
        String dutch = decision.motivationText(Locale.forLanguageTag("nl"));
        assertThat(dutch)
            .contains("Besluit over g01: toegekend.")
            .contains("- Substitutie in de zorg: niet (afzonderlijk) beoordeeld.")
            .contains("Doorslaggevend: besluit van het college van B&W")
            .contains("Budgeteffect: € 25.000 toegekend uit pot " + GroningenInnovatieatelier2016.POT + ".");
        assertThat(decision.motivationText(Locale.ENGLISH))
            .contains("Decision on g01: granted.")
            .contains("Budget effect: €25,000 granted from pot");
        assertThat(decidedRound().decision("p43").get().motivationText(Locale.forLanguageTag("nl")))
            .contains("ingetrokken door de aanvrager").contains("Budgeteffect: geen");
        assertThat(decidedRound().decision("p30").get().motivationText(Locale.forLanguageTag("nl")))
            .contains("afgewezen").contains("- niet gehonoreerd op basis van de criteria");
    }
}
