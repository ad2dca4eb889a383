package nl.sociaaldomein.atelier.benchmarks.budget;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.GrantView;
import nl.sociaaldomein.atelier.budget.Ledger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The as-of view: replaying the prefix of a ledger of {@code size} entries effective up to a date
 * (the last date: all entries, answered from the state now; the middle: half; the day before the
 * last: nearly all, replayed), and the current view from running totals.
 * Entry i of the fixture is effective on day i / 4.000, and every fourth entry is a new grant,
 * so a view of 10^6 entries also lists 250.000 grants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LedgerViewBenchmark {

    @Param({"1000000"})
    public int size;

    private Ledger ledger;
    private LocalDate last;
    private LocalDate middle;
    private LocalDate dayBeforeLast;

    @Setup
    public void buildLedger() {
        ledger = LedgerFixture.ledgerOf(size);
        last = LedgerFixture.dateOf(size - 1L);
        middle = LedgerFixture.dateOf(size / 2L);
        dayBeforeLast = last.minusDays(1);
        LedgerFixture.settleHeap();
    }

    @Benchmark
    public BudgetView asOfLastDate() {
        return ledger.view(last);
    }

    @Benchmark
    public BudgetView asOfMiddleDate() {
        return ledger.view(middle);
    }

    /** The worst case: all but the last day's entries are replayed. */
    @Benchmark
    public BudgetView asOfDayBeforeLast() {
        return ledger.view(dayBeforeLast);
    }

    /** The view as of the last date, then every grant's view read once (what a full report costs). */
    @Benchmark
    public long asOfLastDateReadingEveryGrant() {
        long granted = 0;
        for (GrantView grant : ledger.view(last).grants().values()) {
            granted += grant.granted().cents();
        }
        return granted;
    }

    @Benchmark
    public BudgetView current() {
        return ledger.view();
    }
}
