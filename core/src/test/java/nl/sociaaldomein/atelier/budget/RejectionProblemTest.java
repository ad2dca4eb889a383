package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
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
        Rejection refused = ledger.post(new LedgerEntry.Grant("g-1", LocalDate.of(2016, 6, 30), "besluit", "tester", "initiatief-1",
            "Buurtkeuken", Money.ofEuros(1_500), List.of(Funding.of("A1")), Optional.empty())).getLeft();

        assertThat(refused.message()).isEqualTo("toekenning van € 1.500 voor 'Buurtkeuken' is meer dan de resterende € 150 van pot 'Pot A1'");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("grant of € 1.500 for 'Buurtkeuken' exceeds the remaining € 150 of pot 'Pot A1'");
        assertThat(refused.problem().code()).isEqualTo("ledger.exceeds-remaining");
        assertThat(refused.problem().describe(Locale.ENGLISH)).startsWith("entry 'g-1': grant of € 1.500");
        assertThat(ledger.size()).isZero();
    }
}
