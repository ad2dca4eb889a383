package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/** A ledger refusal is the library's one problem type: a stable code, a kind, the entry, Dutch and English. */
class RejectionProblemTest {

    @Test
    void everyKindHasAStableCodeAndAProblemKind() {
        for (RejectionKind kind : RejectionKind.values()) {
            Problem problem = new Rejection(kind, "g-1", Text.of("nl", "en")).problem();
            assertThat(problem.code()).isEqualTo("ledger." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(problem.place().subject("entry")).contains("g-1");
        }
        assertThat(new Rejection(RejectionKind.UNKNOWN_POT, "x", Text.of("nl", "en")).problem().kind()).isEqualTo(ProblemKind.NOT_FOUND);
        assertThat(new Rejection(RejectionKind.AMOUNT_NOT_POSITIVE, "x", Text.of("nl", "en")).problem().kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(new Rejection(RejectionKind.EXCEEDS_REMAINING, "x", Text.of("nl", "en")).problem().kind()).isEqualTo(ProblemKind.CONFLICT);
    }

    @Test
    void aGrantOverTheCeilingIsRefusedInDutchByDefaultAndInEnglishOnRequest() {
        Ledger ledger = Ledger.create(TestTree.tree());
        Rejection refused = Refused.of(ledger.post(new LedgerEntry.Grant("g-1", LocalDate.of(2016, 6, 30), "besluit", "tester", "initiatief-1",
            "Buurtkeuken", Money.ofEuros(1_500), List.of(Funding.of("A1")), Optional.empty())));

        assertThat(refused.message()).isEqualTo("toekenning van € 1.500 voor 'Buurtkeuken' is meer dan de resterende € 150 van pot 'Pot A1'");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("grant of € 1.500 for 'Buurtkeuken' exceeds the remaining € 150 of pot 'Pot A1'");
        assertThat(refused.problem().code()).isEqualTo("ledger.exceeds-remaining");
        assertThat(refused.problem().describe(Locale.ENGLISH)).startsWith("entry 'g-1': grant of € 1.500");
        assertThat(ledger.size()).isZero();
    }

    @Test
    void aRefusedEntryIsPlacedAtItsPositionInTheBatchItsPotAndItsGrant() {
        Ledger ledger = Ledger.create(TestTree.tree());
        LedgerEntry fits = new LedgerEntry.Grant("g-1", LocalDate.of(2016, 6, 30), "besluit", "tester", "initiatief-1",
            "Buurtkeuken", Money.ofEuros(100), List.of(Funding.of("A1")), Optional.empty());
        LedgerEntry tooMuch = new LedgerEntry.Grant("g-2", LocalDate.of(2016, 6, 30), "besluit", "tester", "initiatief-2",
            "Wijkbus", Money.ofEuros(100), List.of(Funding.of("A1")), Optional.empty());
        var refused = ledger.post(List.of(fits, tooMuch));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(RejectionKind.EXCEEDS_REMAINING.code()).isEqualTo("ledger.exceeds-remaining");
            assertThat(RejectionKind.of(problem)).contains(RejectionKind.EXCEEDS_REMAINING);
            assertThat(problem.kind()).isEqualTo(ProblemKind.CONFLICT);
            assertThat(problem.place().subjects()).containsExactly(Map.entry("entry", "g-2"), Map.entry("batch-entry", "2/2"),
                Map.entry("pot", "A1"), Map.entry("grant", "initiatief-2"));
            assertThat(problem.message(Locale.forLanguageTag("nl-NL"))).startsWith("boeking 2 van 2 in de batch ('g-2'), dus geen enkele is geboekt");
            assertThat(problem.message(Locale.ENGLISH)).startsWith("entry 2 of 2 in the batch ('g-2'), so none is posted");
        });
        assertThat(ledger.size()).isZero();
        assertThatThrownBy(refused::orElseThrow).isInstanceOf(ProblemException.class).hasMessageContaining("batch-entry '2/2'");
    }

    @Test
    void aTransferAndAReleaseNameTheirPotsAndReservation() {
        Ledger ledger = Ledger.create(TestTree.tree());
        assertThat(ledger.post(Entries.transfer("t-1", LocalDate.of(2016, 6, 30), "A", "B", Money.ofCents(-5))).problems())
            .singleElement().satisfies(problem -> assertThat(problem.place().subjects())
                .containsExactly(Map.entry("entry", "t-1"), Map.entry("pot", "A"), Map.entry("to-pot", "B")));
        assertThat(ledger.post(Entries.release("l-1", LocalDate.of(2016, 6, 30), "res-9", Money.ofCents(5))).problems())
            .singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo("ledger.unknown-reservation");
                assertThat(problem.kind()).isEqualTo(ProblemKind.NOT_FOUND);
                assertThat(problem.place().subject("reservation")).contains("res-9");
            });
    }

    @Test
    void everyCodeReadsBackAsItsKindAndNoOtherCodeDoes() {
        for (RejectionKind kind : RejectionKind.values()) {
            assertThat(RejectionKind.of(new Rejection(kind, "e", Text.of("nl", "en")).problem())).contains(kind);
        }
        assertThat(RejectionKind.of(Problem.invalid("budget.no-pots", Place.NOWHERE, "nl", "en"))).isEmpty();
    }

    @Test
    void everyKindIsListedInTheEmbeddingGuidesCodeTable() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "embedding.md"));
        for (RejectionKind kind : RejectionKind.values()) {
            assertThat(guide).as(kind.code()).contains("`" + kind.code().substring("ledger.".length()) + "`");
        }
    }
}
