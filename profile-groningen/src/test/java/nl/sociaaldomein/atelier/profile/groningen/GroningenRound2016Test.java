package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.RoundSummary;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;

/** Replays Groningen's 2016 round (000_54832993d59957fc.txt) from the shipped round file through the workflow. */
class GroningenRound2016Test {

    private final Dossier dossier = Replay.dossier();
    private final Round round = dossier.round().orElseThrow();

    @Test
    void summaryMatchesTheCouncilLetter() {
        RoundSummary summary = round.summary(Money.ofEuros(1_000_000));
        assertThat(summary.ideasReceived()).isEqualTo(43);
        assertThat(summary.undecided()).isZero();
        assertThat(summary.count(DecisionKind.GRANTED)).isEqualTo(19);
        assertThat(summary.count(DecisionKind.REFERRED)).isEqualTo(9);
        assertThat(summary.count(DecisionKind.DEFERRED)).isEqualTo(1);
        assertThat(summary.count(DecisionKind.REJECTED)).isEqualTo(11);
        assertThat(summary.count(DecisionKind.WITHDRAWN)).isEqualTo(3);
        assertThat(summary.count(DecisionKind.IN_KIND)).isZero();
        assertThat(summary.granted()).hasToString("€ 887.685");
        assertThat(summary.remainingBeforeReservations()).hasToString("€ 112.315");
    }

    @Test
    void theLedgerHoldsTheGrantsAndNoReservationTheLetterGivesNoAmountFor() {
        assertThat(dossier.asOf()).isEqualTo(LocalDate.of(2016, 5, 31));
        PotView wmo = dossier.budget().orElseThrow().pot("wmo-2016").orElseThrow();
        assertThat(wmo.ceiling()).hasToString("€ 1.000.000");
        assertThat(wmo.granted()).hasToString("€ 887.685");
        assertThat(wmo.ceiling().minus(wmo.granted())).hasToString("€ 112.315");
        // "Een deel van het resterende budget is beschikbaar voor het initiatief waar we nog mee in gesprek zijn": no amount
        // is published, so nothing is reserved and the remainder is the letter's "ruim € 112.000".
        assertThat(wmo.reserved()).isEqualTo(Money.ZERO);
        assertThat(wmo.remaining()).hasToString("€ 112.315");
        assertThat(dossier.budget().orElseThrow().pot("innovatie-2016").orElseThrow().ceiling()).hasToString("€ 3.000.000");
        assertThat(dossier.municipality().cbsCode().value()).isEqualTo("GM0014");
        assertThat(dossier.portfolio().orElseThrow().initiatives()).hasSize(43);
    }

    @Test
    void everyAnnexGrantKeepsItsExactAmountAndPublicApplicant() {
        Decision.Granted ondernemendZuid = (Decision.Granted) round.decision("gr2016-06").orElseThrow();
        assertThat(ondernemendZuid.amount()).isEqualTo(Money.ofEuros(250_000));
        assertThat(round.initiative("gr2016-06").applicant().publicName()).isEqualTo("Ondernemend Zuid");
        assertThat(((Decision.Granted) round.decision("gr2016-16").orElseThrow()).amount()).isEqualTo(Money.ofEuros(2_435));
        assertThat(round.initiative("gr2016-16").applicant().publicName()).isEqualTo("Particulier");
        assertThat(round.initiative("gr2016-09").title()).isEqualTo("St Martinus Pronkjewailn");
    }

    @Test
    void placeholdersSayTheyAreStandInsAndNameNoApplicant() {
        List<Initiative> placeholders = round.initiatives().stream().filter(i -> i.id().startsWith("gr2016-idee-")).toList();
        assertThat(placeholders).hasSize(24)
            .allSatisfy(i -> assertThat(i.note().orElseThrow()).startsWith("placeholder:"))
            // Nothing says who put these ideas forward: not "Particulier", but unknown.
            .allSatisfy(i -> assertThat(i.applicant().publicName()).isEqualTo("niet gepubliceerd"));
        // The annex names organisations but not their kind: none is guessed (finding: the JSON gave "company", "foundation").
        assertThat(round.initiatives().stream().filter(i -> !i.applicant().isNaturalPerson() && i.id().matches("gr2016-\\d+")))
            .allSatisfy(i -> assertThat(i.applicant().kindCode()).isEqualTo("unknown"));
        // Requested amounts are not published: none is made up.
        assertThat(round.initiatives()).allSatisfy(i -> assertThat(i.requestedAmount()).isEmpty());
    }

    @Test
    void eachDecisionSaysWhyInDutchAndEnglish() {
        assertThat(round.decision("gr2016-01").orElseThrow().motivationText(Locale.forLanguageTag("nl")))
            .contains("Besluit over gr2016-01: toegekend.")
            .contains("- Substitutie in de zorg: niet (afzonderlijk) beoordeeld.")
            .contains("Doorslaggevend: besluit van het college van B&W")
            .contains("Budgeteffect: € 25.000 toegekend uit pot wmo-2016.");
        assertThat(round.decision("gr2016-01").orElseThrow().motivationText(Locale.ENGLISH))
            .contains("Decision on gr2016-01: granted.").contains("Budget effect: €25,000 granted from pot");
        assertThat(round.decision("gr2016-idee-43").orElseThrow().motivationText(Locale.forLanguageTag("nl")))
            .contains("ingetrokken door de aanvrager").contains("Budgeteffect: geen");
        assertThat(round.decision("gr2016-idee-30").orElseThrow().motivationText(Locale.forLanguageTag("nl")))
            .contains("afgewezen").contains("- niet gehonoreerd op basis van de criteria");
    }

    @Test
    void runningTheRoundAgainOnTheSameLedgerChangesNothing() {
        Ledger ledger = Ledger.create(Replay.PLAN.budget());
        Replay.into(ledger);
        int posted = ledger.size();
        var before = ledger.view();
        Dossier again = Replay.into(ledger);
        assertThat(ledger.size()).isEqualTo(posted).isEqualTo(19); // the 19 grants; no reservation has a published amount
        assertThat(ledger.view()).isEqualTo(before);
        assertThat(again.budget()).isEqualTo(Replay.dossier().budget());
    }
}
