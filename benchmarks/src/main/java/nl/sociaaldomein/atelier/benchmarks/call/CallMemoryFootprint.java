package nl.sociaaldomein.atelier.benchmarks.call;

import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;

/**
 * Retained heap per initiative of the ranked-allocation scenario: the input (initiatives, scores,
 * receipts, an open round), then what assessing and a trial allocation add while held, by the
 * object path and by the columnar path.
 * Not a JMH benchmark: run {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar
 * nl.sociaaldomein.atelier.benchmarks.call.CallMemoryFootprint 1000000}.
 */
public final class CallMemoryFootprint {

    private CallMemoryFootprint() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long empty = used();
        RankedCallData data = new RankedCallData(n, 2016);
        long input = used();
        Round assessed = data.round.assess(data.scores).orElseThrow();
        long afterAssessment = used();
        Allocation allocation = assessed.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), data.pots).orElseThrow();
        long afterAllocation = used();
        System.out.printf("initiatives: %d%n", n);
        System.out.printf("input (initiatives, 6 scores each, receipts, score sheet, plain arrays, open round): %d bytes per initiative%n", (input - empty) / n);
        System.out.printf("assessment results held by the round: %d bytes per initiative%n", (afterAssessment - input) / n);
        System.out.printf("trial allocation (one decision with motivation each): %d bytes per initiative%n", (afterAllocation - afterAssessment) / n);
        Round bySheet = data.round.assess(data.sheet).orElseThrow();
        long afterSheet = used();
        Allocation columnar = bySheet.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), data.pots).orElseThrow();
        long afterColumnar = used();
        System.out.printf("columnar: assessment table held by the round: %d bytes per initiative%n", (afterSheet - afterAllocation) / n);
        System.out.printf("columnar: trial allocation (decisions built when read): %d bytes per initiative%n", (afterColumnar - afterSheet) / n);
        System.out.printf("(held: %d + %d decisions, %s)%n", allocation.decisions().size(), columnar.decisions().size(), assessed.call().id());
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
