package nl.sociaaldomein.atelier.benchmarks.budget;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.budget.BudgetView;
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
 * (the last date: all entries; the middle: half), and the current view from running totals.
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

    @Setup
    public void buildLedger() {
        ledger = LedgerFixture.ledgerOf(size);
        last = LedgerFixture.dateOf(size - 1L);
        middle = LedgerFixture.dateOf(size / 2L);
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

    @Benchmark
    public BudgetView current() {
        return ledger.view();
    }
}
