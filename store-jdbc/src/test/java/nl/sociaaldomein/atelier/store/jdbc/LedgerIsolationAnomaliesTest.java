package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Posted;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The anomalies Hermitage tests databases for, played by two application instances that each run
 * a {@link Ledger} on their own store handle. Each interleaving is forced: the other instance
 * commits exactly in the gap where the anomaly would slip in (after this instance has checked its
 * entry against what it read, before its append reaches the store; or while it is catching up).
 * The ledger's expected-position append and its catch-up-and-check-again stop each one.
 */
class LedgerIsolationAnomaliesTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2016, 6, 30);
    private static final String BY = "test";

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    /** Two instances of one ledger: each its own store handle, journal and {@link Ledger}. */
    private record Instances(JournalStore firstStore, JournalStore secondStore, SteppedJournal firstJournal,
                             SteppedJournal secondJournal, Ledger first, Ledger second) implements AutoCloseable {

        static Instances open(StoreFixture fixture, BudgetTree tree) {
            JournalStore a = fixture.open();
            JournalStore b = fixture.open();
            SteppedJournal ja = new SteppedJournal(a.journal("ledger"));
            SteppedJournal jb = new SteppedJournal(b.journal("ledger"));
            return new Instances(a, b, ja, jb, Ledger.open(tree, ja, new JsonLedgerCodec(), Clock.systemUTC()),
                Ledger.open(tree, jb, new JsonLedgerCodec(), Clock.systemUTC()));
        }

        @Override
        public void close() {
            firstStore.close();
            secondStore.close();
        }
    }

    private static BudgetTree onePot(long euros) {
        return BudgetTree.ofValid(Pot.programme("pot", "Pot", Money.ofEuros(euros), BudgetPeriod.year(2016)));
    }

    private static <T> T accepted(Result<T> posted) {
        assertThat(posted.isOk()).as("accepted: %s", posted).isTrue();
        return posted.orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void lost_update_two_instances_advance_on_one_grant_and_neither_advance_is_lost(StoreFixture fixture) {
        try (Instances run = Instances.open(fixture, onePot(1_000_000))) {
            accepted(run.first().post(new LedgerEntry.Grant("g", JUNE_30, "besluit", BY, "initiatief", "Initiatief",
                Money.ofEuros(1_000), List.of(Funding.of("pot")), Optional.empty())));
            run.second().view(); // the second instance has read the grant: nothing advanced yet

            // The second instance checks its advance of € 500 against "€ 0 advanced"; before its
            // append arrives, the first commits an advance of € 300. Without the position check the
            // second would be stored as if it came first, and its answer would say € 500 advanced.
            run.secondJournal().beforeNextAppend(() -> accepted(run.first().post(advance("a-300", 300))));
            Posted second = accepted(run.second().post(advance("b-500", 500)));

            assertThat(run.secondJournal().conflicts()).as("the second lost the head once, caught up and checked again").isEqualTo(1);
            assertThat(second.grant().orElseThrow().advanced()).isEqualTo(Money.ofEuros(800));
            for (Ledger ledger : List.of(run.first(), run.second())) {
                assertThat(ledger.view().grant("initiatief").orElseThrow().advanced()).isEqualTo(Money.ofEuros(800));
            }
            // Both advances count: a third that would fit only if one were lost is refused.
            Result<Posted> third = run.first().post(advance("a-300-again", 300));
            assertThat(RejectionKind.of(third.problems().get(0)).orElseThrow()).isEqualTo(RejectionKind.EXCEEDS_GRANT);
        }
    }

    private static LedgerEntry.Advance advance(String id, long euros) {
        return new LedgerEntry.Advance(id, JUNE_30, "voorschot", BY, "initiatief", Money.ofEuros(euros));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void write_skew_two_reservations_that_each_fit_alone_are_not_both_kept(StoreFixture fixture) {
        try (Instances run = Instances.open(fixture, onePot(1_000))) {
            // Each instance sees an empty pot of € 1.000, and a reservation of € 600 fits in it. The
            // first commits its reservation while the second is between checking and writing.
            run.secondJournal().beforeNextAppend(() -> accepted(run.first().post(reserve("a-600", 600))));
            Result<Posted> second = run.second().post(reserve("b-600", 600));

            assertThat(second.isFailed()).as("the second reservation, checked again on what is stored, is refused").isTrue();
            assertThat(RejectionKind.of(second.problems().get(0)).orElseThrow()).isEqualTo(RejectionKind.EXCEEDS_REMAINING);
            assertThat(run.secondJournal().conflicts()).isEqualTo(1);
            for (Ledger ledger : List.of(run.first(), run.second())) {
                BudgetView view = ledger.view();
                assertThat(view.pot("pot").orElseThrow().reserved()).isEqualTo(Money.ofEuros(600));
                assertThat(view.reservations().keySet()).containsExactly("a-600");
            }
            try (JournalStore auditor = fixture.open()) {
                assertThat(auditor.journal("ledger").head()).as("only the first reservation is stored").isEqualTo(1);
            }
        }
    }

    private static LedgerEntry.Reserve reserve(String id, long euros) {
        return new LedgerEntry.Reserve(id, JUNE_30, "reservering", BY, id, "pot", Money.ofEuros(euros), "ideeën later in het jaar");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void read_skew_an_instance_never_sees_half_a_transfer_and_cannot_act_on_an_old_view(StoreFixture fixture) {
        BudgetTree tree = BudgetTree.ofValid(
            Pot.programme("programma", "Programma", Money.ofEuros(2_000), BudgetPeriod.year(2016)),
            Pot.child("x", "Pot X", Money.ofEuros(1_000), BudgetPeriod.year(2016), "programma"),
            Pot.child("y", "Pot Y", Money.ofEuros(1_000), BudgetPeriod.year(2016), "programma"));
        try (Instances run = Instances.open(fixture, tree)) {
            accepted(run.second().post(List.of(reserveIn("x", "rx", 100), reserveIn("y", "ry", 100))));

            // The first instance catches up a record at a time; after its first read the second
            // moves € 300 from X to Y. Whatever it read when, its view holds whole batches: X and Y
            // together keep their € 2.000, and it equals the view of the instance that wrote.
            run.firstJournal().betweenReads(() -> accepted(run.second().post(transfer("x-naar-y-300", 300))));
            BudgetView caughtUp = run.first().view();
            assertThat(ceilings(caughtUp)).isEqualTo(Money.ofEuros(2_000));
            assertThat(caughtUp.pot("x").orElseThrow().ceiling()).isEqualTo(Money.ofEuros(700));
            assertThat(caughtUp).isEqualTo(run.second().view());

            // A view taken is a snapshot: a transfer committed after it changes neither pot in it,
            // and the view as known at that moment is the same again later.
            BudgetView before = run.first().view();
            Instant knownAt = run.first().lastRecordedAt().orElseThrow();
            accepted(run.second().post(transfer("x-naar-y-500", 500)));
            PotView x = before.pot("x").orElseThrow();
            PotView y = before.pot("y").orElseThrow();
            assertThat(x.ceiling().plus(y.ceiling())).isEqualTo(Money.ofEuros(2_000));
            assertThat(x.remaining()).isEqualTo(Money.ofEuros(600));
            assertThat(run.first().view(JUNE_30, knownAt)).isEqualTo(before);

            // Acting on that older view (X had € 600 free, it has € 100 now) is refused: the ledger
            // catches up and checks on what is stored before it appends.
            Result<Posted> onOldView = run.first().post(new LedgerEntry.Grant("g-x-600", JUNE_30, "besluit", BY,
                "initiatief-x", "Initiatief X", Money.ofEuros(600), List.of(Funding.of("x")), Optional.empty()));
            assertThat(RejectionKind.of(onOldView.problems().get(0)).orElseThrow()).isEqualTo(RejectionKind.EXCEEDS_REMAINING);
            BudgetView now = run.first().view();
            assertThat(now.pot("x").orElseThrow().remaining()).isEqualTo(Money.ofEuros(100));
            assertThat(ceilings(now)).isEqualTo(Money.ofEuros(2_000));
        }
    }

    private static Money ceilings(BudgetView view) {
        return view.pot("x").orElseThrow().ceiling().plus(view.pot("y").orElseThrow().ceiling());
    }

    private static LedgerEntry.Reserve reserveIn(String pot, String id, long euros) {
        return new LedgerEntry.Reserve(id, JUNE_30, "reservering", BY, id, pot, Money.ofEuros(euros), "later dit jaar");
    }

    private static LedgerEntry.Transfer transfer(String id, long euros) {
        return new LedgerEntry.Transfer(id, JUNE_30, "overheveling", BY, "x", "y", Money.ofEuros(euros));
    }
}
