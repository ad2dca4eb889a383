package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.LedgerRecordTypes;
import nl.sociaaldomein.atelier.budget.Posted;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger itself, not a model of it, as several application instances run it: each instance
 * has its own {@link Ledger} on its own store handle (its own connection pool on PostgreSQL, its
 * own connection to the file on SQLite), and all of them grant € 1.000 at a time from one
 * € 1.000.000 pot as fast as they can. Exactly 1.000 grants are accepted in total, each is stored
 * once, the pot is never over its ceiling, and every instance's view is the same after catching
 * up. An instance that lost the race for the journal's head caught up and checked again (the
 * ledger does that by itself); the test counts those conflicts to show the race was real.
 */
class LedgerRaceAcrossInstancesTest {

    static final BudgetTree TREE = BudgetTree.ofValid(
        Pot.programme("wmo-2016", "Innovatieatelier Wmo 2016", Money.ofEuros(1_000_000), BudgetPeriod.year(2016)));
    static final LocalDate JUNE_30 = LocalDate.of(2016, 6, 30);
    private static final int INSTANCES = 3;

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    static LedgerEntry.Grant grant(String initiativeId, long euros) {
        return new LedgerEntry.Grant("grant/" + initiativeId, JUNE_30, "collegebesluit", "instance", initiativeId,
            "Initiatief " + initiativeId, Money.ofEuros(euros), List.of(Funding.of("wmo-2016")), Optional.empty());
    }

    static Ledger ledgerOn(SteppedJournal journal) {
        return Ledger.open(TREE, journal, new JsonLedgerCodec(), Clock.systemUTC());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void ledgers_on_one_database_never_grant_more_than_the_pot_holds_and_agree_after_catching_up(StoreFixture fixture)
        throws Exception {
        List<JournalStore> stores = new ArrayList<>();
        List<SteppedJournal> journals = new ArrayList<>();
        List<Ledger> ledgers = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            JournalStore store = fixture.open();
            stores.add(store);
            SteppedJournal journal = new SteppedJournal(store.journal("ledger"));
            journals.add(journal);
            ledgers.add(ledgerOn(journal));
        }
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> running = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                Ledger ledger = ledgers.get(i);
                String instance = "i" + i;
                Callable<List<String>> granting = () -> {
                    start.await();
                    List<String> accepted = new ArrayList<>();
                    while (true) {
                        LedgerEntry.Grant next = grant(instance + "-" + accepted.size(), 1_000);
                        Result<Posted> posted = ledger.post(next);
                        if (posted.isOk()) {
                            assertThat(posted.orElseThrow().duplicate()).isFalse();
                            accepted.add(next.id());
                        } else if (RejectionKind.of(posted.problems().get(0)).orElseThrow() == RejectionKind.EXCEEDS_REMAINING) {
                            return accepted; // the pot is full: this instance is done
                        } else if (RejectionKind.of(posted.problems().get(0)).orElseThrow() != RejectionKind.JOURNAL_CONTENDED) {
                            throw new AssertionError(instance + ": unexpected refusal " + posted.problems().get(0));
                        } // contended: the others kept appending first; post the same grant again
                    }
                };
                running.add(pool.submit(granting));
            }
            start.countDown();
            Set<String> accepted = new HashSet<>();
            int acceptedCount = 0;
            for (Future<List<String>> instance : running) {
                List<String> ids = instance.get(5, TimeUnit.MINUTES);
                acceptedCount += ids.size();
                accepted.addAll(ids);
            }
            assertThat(acceptedCount).as("grants accepted by all instances together").isEqualTo(1000);
            assertThat(accepted).hasSize(1000);

            try (JournalStore auditor = fixture.open()) {
                List<JournalRecord> stored = auditor.journal("ledger").read(0, Integer.MAX_VALUE);
                List<String> storedIds = new ArrayList<>();
                JsonLedgerCodec codec = new JsonLedgerCodec();
                for (JournalRecord record : stored) {
                    assertThat(LedgerRecordTypes.owns(record.type())).isTrue();
                    storedIds.add(codec.decode(record.type(), record.payload()).id());
                }
                assertThat(storedIds).as("every accepted grant is stored, once").hasSize(1000).doesNotHaveDuplicates();
                assertThat(new HashSet<>(storedIds)).isEqualTo(accepted);
                // A ledger opened afresh rebuilds the same state from what is stored.
                Ledger rebuilt = Ledger.open(TREE, auditor.journal("ledger"), new JsonLedgerCodec(), Clock.systemUTC());
                assertThat(rebuilt.view().pot("wmo-2016").orElseThrow().remaining()).isEqualTo(Money.ZERO);
                for (Ledger ledger : ledgers) {
                    BudgetView view = ledger.view(); // catches up with what the others appended
                    assertThat(view.pot("wmo-2016").orElseThrow().granted()).isEqualTo(Money.ofEuros(1_000_000));
                    assertThat(view).isEqualTo(rebuilt.view());
                    assertThat(ledger.entries()).isEqualTo(rebuilt.entries());
                }
            }
            assertThat(journals.stream().mapToInt(SteppedJournal::conflicts).sum())
                .as("the instances really raced: some lost the head, caught up and checked again").isPositive();
        } finally {
            pool.shutdownNow();
            stores.forEach(JournalStore::close);
        }
    }
}
