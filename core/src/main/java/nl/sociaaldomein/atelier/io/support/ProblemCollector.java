package nl.sociaaldomein.atelier.io.support;

import nl.sociaaldomein.atelier.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems found in one document, with memory bounded however many there are: a file of
 * millions of unknown fields must not need millions of messages. Up to {@link #KEPT} problems are
 * kept in the order they were found; beyond that the {@code KEPT} earliest in file order are kept
 * and the rest only counted, and {@link #problems(String)} ends with one problem saying how many were
 * left out ({@link FileProblem#omitted}).
 */
public final class ProblemCollector {

    /** The most problems kept in memory; far more than anyone reads. */
    public static final int KEPT = 1_000;

    private static final Comparator<Numbered> FILE_ORDER = Comparator.<Numbered>comparingInt(n -> n.problem.place().line())
        .thenComparingInt(n -> n.problem.place().column()).thenComparingLong(n -> n.sequence);

    private final List<Problem> inOrder = new ArrayList<>();
    /** Once more than KEPT were found: the KEPT earliest in file order, the latest at the head. */
    private PriorityQueue<Numbered> earliest;
    private long total;

    /**
     * Records a problem: kept while fewer than {@link #KEPT} are, else kept only when it comes earlier
     * in the file than the latest one kept. Not thread-safe: one collector per document being read.
     *
     * @param problem a problem placed in the document
     */
    public void add(Problem problem) {
        total++;
        if (earliest == null) {
            inOrder.add(problem);
            if (inOrder.size() > KEPT) {
                earliest = new PriorityQueue<>(KEPT + 1, FILE_ORDER.reversed());
                for (int i = 0; i < inOrder.size(); i++) {
                    keep(new Numbered(inOrder.get(i), i));
                }
                inOrder.clear();
            }
            return;
        }
        Numbered latestKept = earliest.peek();
        if (latestKept != null && comesAfter(problem, latestKept.problem)) {
            return; // later in the file than all that are kept: only counted
        }
        keep(new Numbered(problem, total - 1));
    }

    private static boolean comesAfter(Problem a, Problem b) {
        int la = a.place().line();
        int lb = b.place().line();
        return la > lb || la == lb && a.place().column() >= b.place().column();
    }

    private void keep(Numbered numbered) {
        earliest.add(numbered);
        if (earliest.size() > KEPT) {
            earliest.poll();
        }
    }

    /**
     * How many problems were found, kept or not.
     *
     * @return the count of every {@link #add} so far
     */
    public long total() {
        return total;
    }

    /**
     * Whether no problem was found.
     *
     * @return whether nothing was added
     */
    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * The problems kept and, when some were left out, a last one saying how many.
     *
     * @param sourceName the file's name, for the problem that counts those left out
     * @return the problems in the order found, or in file order once some were left out
     */
    public List<Problem> problems(String sourceName) {
        if (earliest == null) {
            return List.copyOf(inOrder);
        }
        List<Problem> out = new ArrayList<>(earliest.stream().sorted(FILE_ORDER).map(n -> n.problem).toList());
        out.add(FileProblem.omitted(sourceName, total - earliest.size()));
        return List.copyOf(out);
    }

    private record Numbered(Problem problem, long sequence) {
    }
}
