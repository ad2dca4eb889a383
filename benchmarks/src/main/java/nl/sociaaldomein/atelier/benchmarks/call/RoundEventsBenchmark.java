package nl.sociaaldomein.atelier.benchmarks.call;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.events.EventStream;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.round.DecisionRecord;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.round.RoundService;
import nl.sociaaldomein.atelier.text.Text;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A round as it happens, on the call of {@link RankedCallData} (five scored criteria and a
 * knock-out, the ranked policy): {@code commandByCommand} gives every command to a round service
 * on a journal in memory (open, a submission per initiative, a score sheet per assessor per
 * initiative, close, the policy's decisions posted to the ledger in one batch): events per second
 * = events recorded / time. {@code rebuild} opens the round again from that journal (reading and
 * verifying every record, decoding and folding the round's events) and builds the round its
 * reports are made of. {@code batchPath} is the baseline of the same run: the same round assessed
 * from the list of score objects, the policy's trial and its decisions recorded, as the round file
 * path does (without the ledger).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RoundEvents -p initiatives=10000 -p assessors=3}
 * and {@code -p initiatives=1000000 -p assessors=1} (docs/performance.md, "Rounds as they happen").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Xms8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class RoundEventsBenchmark {

    @Param("10000")
    public int initiatives;

    @Param("3")
    public int assessors;

    /** Whether to run {@code commandByCommand} (it is slow at a million; the rebuild is what the million round asks). */
    @Param("true")
    public boolean commands;

    private RankedCallData data;
    private BudgetTree tree;
    private List<RoundCommand> script;
    private InMemoryJournal filled;
    private long events;

    /** A clock that moves a microsecond per reading: every batch has its own moment without the system clock's cost. */
    static final class Ticking extends Clock {
        private Instant now = Instant.parse("2017-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plus(1, ChronoUnit.MICROS);
            return now;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        data = new RankedCallData(initiatives, 2016);
        tree = BudgetTree.ofValid(Pot.programme(RankedCallData.POT, "Benchmark", data.pots.get(0).ceiling(), BudgetPeriod.year(2017)));
        script = script();
        if (commands) {
            filled = new InMemoryJournal();
            RoundService service = open(filled);
            for (RoundCommand command : script) {
                if (service.handle(command).isFailed()) {
                    throw new IllegalStateException("refused: " + service.handle(command).problems());
                }
            }
            events = service.events().size();
        } else {
            filled = appendedDirectly();
            events = open(filled).events().size();
        }
        System.out.println();
        System.out.println("journal: " + filled.head() + " records, " + events + " round events");
    }

    private RoundService open(InMemoryJournal journal) {
        Clock clock = new Ticking();
        Ledger ledger = Ledger.open(tree, journal, new JsonLedgerCodec(), clock);
        return RoundService.open(data.round.call(), data.round.framework(), ledger, journal, new JsonRoundEventCodec(), clock);
    }

    /** The commands: open, a submission per initiative, a sheet per assessor per initiative, close, decide. */
    private List<RoundCommand> script() {
        Stamp stamp = Stamp.undated("benchmark", "benchmark");
        List<RoundCommand> out = new ArrayList<>();
        out.add(new RoundCommand.OpenCall(stamp));
        for (Initiative initiative : data.round.initiatives()) {
            out.add(new RoundCommand.Submit(stamp, initiative));
        }
        for (Map.Entry<String, Map<String, Integer>> sheet : sheets().entrySet()) {
            for (int a = 0; a < assessors; a++) {
                out.add(new RoundCommand.RecordScores(stamp, "assessor-" + a, sheet.getKey(), sheet.getValue()));
            }
        }
        out.add(new RoundCommand.CloseAssessment(stamp));
        out.add(new RoundCommand.DecideByPolicy(Stamp.on(java.time.LocalDate.of(2017, 4, 1), "benchmark", "ranked"),
            new RankedPolicy(WhenItDoesNotFit.SKIP)));
        return out;
    }

    private Map<String, Map<String, Integer>> sheets() {
        Map<String, Map<String, Integer>> sheets = new LinkedHashMap<>();
        for (AssessorScore score : data.scores) {
            sheets.computeIfAbsent(score.initiativeId(), id -> new LinkedHashMap<>()).put(score.criterionId(), score.score());
        }
        return sheets;
    }

    /**
     * The million round's events appended as the commands would record them, one batch each, but
     * without running the commands (a million submissions through the service take minutes); the
     * decisions are the ranked policy's on the batch path, recorded as one event. The ledger's
     * postings are left out: its rebuild is measured in {@code LedgerRecordBenchmark}.
     */
    private InMemoryJournal appendedDirectly() {
        InMemoryJournal journal = new InMemoryJournal();
        EventStream<RoundEvent> stream = new EventStream<>(journal, new JsonRoundEventCodec());
        Clock clock = new Ticking();
        String call = data.round.call().id();
        Stamp stamp = Stamp.undated("benchmark", "benchmark");
        List<RoundEvent> all = new ArrayList<>();
        all.add(new RoundEvent.CallOpened(call, stamp));
        data.round.initiatives().forEach(i -> all.add(new RoundEvent.InitiativeSubmitted(call, stamp, i)));
        sheets().forEach((id, sheet) -> {
            for (int a = 0; a < assessors; a++) {
                all.add(new RoundEvent.ScoresRecorded(call, stamp, "assessor-" + a, id, sheet));
            }
        });
        all.add(new RoundEvent.AssessmentClosed(call, stamp));
        Allocation allocation = batchPathAllocation();
        all.add(new RoundEvent.DecisionsTaken(call, Stamp.on(java.time.LocalDate.of(2017, 4, 1), "benchmark", "ranked"),
            Text.of("ranked", "ranked"), allocation.decisions().stream().map(DecisionRecord::of).toList(), List.of()));
        List<nl.sociaaldomein.atelier.events.Recorded<RoundEvent>> sink = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (stream.append("b" + i, stream.nextMoment(clock), List.of(all.get(i)), sink) != EventStream.Outcome.APPENDED) {
                throw new IllegalStateException("append " + i);
            }
            sink.clear();
        }
        return journal;
    }

    private Allocation batchPathAllocation() {
        return data.round.assess(data.scores).orElseThrow().trial(new RankedPolicy(WhenItDoesNotFit.SKIP), data.pots).orElseThrow();
    }

    /** Every command through the round service on a new journal; the round's events recorded. */
    @Benchmark
    public long commandByCommand() {
        if (!commands) {
            return 0;
        }
        RoundService service = open(new InMemoryJournal());
        for (RoundCommand command : script) {
            service.handle(command);
        }
        return service.events().size();
    }

    /** The round opened again from the journal and the round its reports are made of built from the fold. */
    @Benchmark
    public Round rebuild() {
        RoundService service = RoundService.open(data.round.call(), data.round.framework(), Ledger.create(tree), filled,
            new JsonRoundEventCodec(), new Ticking());
        return service.state().round();
    }

    /** The baseline: the batch path's assessment, the policy's trial and its decisions recorded. */
    @Benchmark
    public Round batchPath() {
        Round assessed = data.round.assess(data.scores).orElseThrow();
        Allocation allocation = assessed.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), data.pots).orElseThrow();
        return assessed.apply(allocation, data.pots).orElseThrow();
    }
}
