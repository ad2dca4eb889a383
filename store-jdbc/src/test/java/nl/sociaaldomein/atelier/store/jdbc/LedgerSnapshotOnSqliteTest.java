package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger snapshot is one more record type to the SQLite engine: kept, read back, and opened from after a restart. */
class LedgerSnapshotOnSqliteTest {

    @TempDir
    Path folder;

    private static final LocalDate DAY = LocalDate.of(2016, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-07-05T09:00:00Z"), ZoneOffset.UTC);

    private static BudgetTree tree() {
        return BudgetTree.ofValid(Pot.programme("wmo", "Wmo", Money.ofEuros(1_000_000), BudgetPeriod.year(2016)));
    }

    private static LedgerEntry grant(int i, LocalDate day) {
        return new LedgerEntry.Grant("g" + i, day, "besluit", "backoffice", "i" + i, "Initiatief\t" + i, Money.ofEuros(1_000 + i),
            List.of(Funding.of("wmo")), Optional.empty());
    }

    @Test
    void aLedgerReopenedFromItsSnapshotOnSqliteIsTheSame() {
        Path file = folder.resolve("atelier.db");
        BudgetView before;
        long snapshotAt;
        try (JournalStore store = JournalStore.sqlite(file)) {
            Ledger ledger = Ledger.open(tree(), store.journal("ledger"), new JsonLedgerCodec(), CLOCK);
            for (int i = 0; i < 50; i++) {
                ledger.post(grant(i, DAY.plusDays(i % 5))).orElseThrow();
            }
            ledger.post(grant(99, DAY.minusDays(10))).orElseThrow();
            snapshotAt = ledger.snapshot();
            ledger.post(grant(100, DAY.plusDays(6))).orElseThrow();
            before = ledger.view();
        }
        try (JournalStore store = JournalStore.sqlite(file)) {
            Journal journal = store.journal("ledger");
            assertThat(journal.read(snapshotAt - 1, 1).get(0).type()).isEqualTo("ledger-snapshot");
            Ledger reopened = Ledger.open(tree(), journal, new JsonLedgerCodec(), CLOCK);
            assertThat(reopened.view()).isEqualTo(before);
            assertThat(List.copyOf(reopened.view().grants().keySet())).isEqualTo(List.copyOf(before.grants().keySet()));
            assertThat(reopened.size()).isEqualTo(52);
            assertThat(Ledger.verify(journal, new JsonLedgerCodec())).isEmpty();
        }
    }
}
