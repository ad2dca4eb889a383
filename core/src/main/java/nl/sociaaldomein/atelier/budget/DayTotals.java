package nl.sociaaldomein.atelier.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ledger's pot figures day by day, in effective-date order, so that a late entry is checked
 * without replaying what lies after it. Per pot and per day it keeps what the day's entries added
 * to each pot figure ({@link LedgerState#potTotals()}'s order) and the lowest the pot's remaining
 * budget went during the day, relative to the day's start; a segment tree over the days combines
 * them, so "the lowest remaining from a day on" and "the figures at the end of a day" cost
 * O(log days).
 *
 * <p>Every check that can refuse an entry for lack of budget refuses it exactly when the pot's
 * remaining would go below zero after it, and nothing else lowers a pot's remaining. So an entry
 * that only takes money (a grant to a new initiative, a new reservation) added at the end of its
 * day keeps every later entry valid exactly when the remaining stays at zero or more at every
 * position from there on: {@link #lowestRemainingFrom} answers that.
 *
 * <p>The day of the latest posting is written to its leaf only; its ancestors are brought up to
 * date when another day is written or a question is asked, so posting in date order costs O(1).
 * The days covered grow as entries need (doubling); beyond {@link #MAX_DAYS} the structure gives
 * up ({@link #usable()} false) and the ledger checks late entries by replaying instead.
 */
final class DayTotals {

    /** The pot figures tracked, in the order of {@link LedgerState#potTotals()}; remaining is derived. */
    static final int FIGURES = 8;
    /** Per node: the figures' sums, then the lowest remaining change. */
    private static final int WIDTH = FIGURES + 1;
    private static final int MIN = FIGURES;
    /** No position in the range: the identity of the lowest-remaining combination. */
    static final long NONE = Long.MAX_VALUE;
    /** About 180 years of effective dates; beyond that late entries are replayed. */
    static final int MAX_DAYS = 1 << 16;

    private final int pots;
    /** Epoch day of leaf 0. */
    private long base;
    /** Leaves: a power of two. */
    private int days;
    /** Per pot, {@code 2 * days} nodes of {@link #WIDTH} longs; node 1 is the root, leaves start at {@code days}. */
    private long[][] nodes;
    /** Per pot, the leaf whose ancestors are out of date; -1 when none. */
    private final int[] stale;
    /** The figures at the last position written, per figure and pot (to find what an entry changed). */
    final long[][] last;
    private boolean usable = true;
    /** Set between {@link #begin} and {@link #commit} / {@link #rollback}: the leaves' values before. */
    private List<long[]> undo;
    private long[][] lastBefore;

    DayTotals(long[][] figures) {
        this.pots = figures[0].length;
        this.stale = new int[pots];
        Arrays.fill(stale, -1);
        this.last = new long[FIGURES][];
        for (int k = 0; k < FIGURES; k++) {
            last[k] = figures[k].clone();
        }
    }

    private DayTotals(DayTotals other) {
        this.pots = other.pots;
        this.base = other.base;
        this.days = other.days;
        this.usable = other.usable;
        this.stale = other.stale.clone();
        this.last = new long[FIGURES][];
        for (int k = 0; k < FIGURES; k++) {
            last[k] = other.last[k].clone();
        }
        if (other.nodes != null) {
            this.nodes = new long[pots][];
            for (int p = 0; p < pots; p++) {
                nodes[p] = other.nodes[p].clone();
            }
        }
    }

    boolean usable() {
        return usable;
    }

    /**
     * Notes what a posting at the end of {@code epochDay} changed in {@code touched} pots, whose
     * figures are now {@code figures}. Pots not named must not have changed.
     */
    void posted(long epochDay, int[] touched, long[][] figures) {
        if (!usable) {
            return;
        }
        for (int pot : touched) {
            long remainingChange = 0;
            boolean changed = false;
            for (int k = 0; k < FIGURES; k++) {
                changed |= figures[k][pot] != last[k][pot];
            }
            if (!changed) {
                continue;
            }
            int leaf = leaf(epochDay);
            if (leaf < 0) {
                return;
            }
            long[] tree = nodes[pot];
            if (stale[pot] != leaf) {
                refresh(pot);
                stale[pot] = leaf;
            }
            save(pot, leaf);
            int at = leaf * WIDTH;
            for (int k = 0; k < FIGURES; k++) {
                long delta = figures[k][pot] - last[k][pot];
                tree[at + k] += delta;
                last[k][pot] = figures[k][pot];
            }
            remainingChange = remainingOf(tree, at);
            if (remainingChange < tree[at + MIN]) {
                tree[at + MIN] = remainingChange;
            }
        }
    }

    /**
     * The lowest remaining of {@code pot} at any position after the end of {@code epochDay}
     * (the end of that day included), given that its remaining now is {@code remainingNow}.
     */
    long lowestRemainingFrom(long epochDay, int pot, long remainingNow) {
        long[] after = after(epochDay, pot);
        long atEndOfDay = remainingNow - remainingOf(after, 0);
        return after[MIN] == NONE || after[MIN] >= 0 ? atEndOfDay : atEndOfDay + after[MIN];
    }

    /** The figures of {@code pot} at the end of {@code epochDay}, in {@link LedgerState#potTotals()}'s order. */
    long[] figuresAtEndOf(long epochDay, int pot) {
        long[] after = after(epochDay, pot);
        long[] figures = new long[FIGURES];
        for (int k = 0; k < FIGURES; k++) {
            figures[k] = last[k][pot] - after[k];
        }
        return figures;
    }

    /** The combined node of the days after {@code epochDay}. */
    private long[] after(long epochDay, int pot) {
        long[] result = new long[WIDTH];
        result[MIN] = NONE;
        if (nodes == null || epochDay >= base + days - 1) {
            return result;
        }
        refresh(pot);
        long[] tree = nodes[pot];
        int from = epochDay < base ? 0 : (int) (epochDay - base) + 1;
        // The suffix [from, days) of the leaves, combined in order: left parts into result, right parts into right.
        long[] right = new long[WIDTH];
        right[MIN] = NONE;
        int l = from + days;
        int r = 2 * days;
        while (l < r) {
            if ((l & 1) == 1) {
                combineInto(result, result, tree, l++ * WIDTH);
            }
            if ((r & 1) == 1) {
                --r;
                long[] combined = new long[WIDTH];
                combine(combined, tree, r * WIDTH, right, 0);
                right = combined;
            }
            l >>= 1;
            r >>= 1;
        }
        combineInto(result, result, right, 0);
        return result;
    }

    /** The day's partial figures of every pot (for a checkpoint taken at a position of {@code epochDay}); null when not usable. */
    long[][] leavesOf(long epochDay) {
        int leaf = usable ? leaf(epochDay) : -1;
        if (leaf < 0) {
            return null;
        }
        long[][] copy = new long[pots][];
        for (int p = 0; p < pots; p++) {
            copy[p] = Arrays.copyOfRange(nodes[p], leaf * WIDTH, (leaf + 1) * WIDTH);
        }
        return copy;
    }

    /**
     * A copy that keeps the days before {@code epochDay} and starts that day from {@code partial}
     * (a checkpoint's {@link #leavesOf}), with {@code figures} as the figures at the last position:
     * the start of a replay from that checkpoint. Not usable when {@code partial} is null.
     */
    DayTotals restartedAt(long epochDay, long[][] partial, long[][] figures) {
        DayTotals copy = new DayTotals(this);
        for (int k = 0; k < FIGURES; k++) {
            System.arraycopy(figures[k], 0, copy.last[k], 0, pots);
        }
        int node = partial == null || !usable ? -1 : copy.leaf(epochDay);
        if (node < 0) {
            copy.giveUp();
            return copy;
        }
        for (int p = 0; p < pots; p++) {
            long[] tree = copy.nodes[p];
            Arrays.fill(tree, (node + 1) * WIDTH, tree.length, 0);
            for (int i = node + 1; i < 2 * copy.days; i++) {
                tree[i * WIDTH + MIN] = NONE;
            }
            System.arraycopy(partial[p], 0, tree, node * WIDTH, WIDTH);
            copy.rebuildInner(p);
            copy.stale[p] = -1;
        }
        return copy;
    }

    /**
     * Counts a change that lies at an unknown place within {@code epochDay}, before the position
     * its leaf describes (an entry registered late after a checkpoint of that day): the sums
     * exactly, the lowest remaining as a bound that is never above the truth, so that a check
     * against it may send an entry to a replay but never accepts one that a replay would refuse.
     */
    void addWithinDay(long epochDay, int pot, long[] change) {
        int node = usable ? leaf(epochDay) : -1;
        if (node < 0) {
            return;
        }
        refresh(pot);
        long[] tree = nodes[pot];
        int at = node * WIDTH;
        for (int k = 0; k < FIGURES; k++) {
            tree[at + k] += change[k];
            last[k][pot] += change[k];
        }
        // Every position of the day moved by at most the change: the lowest before, moved by all of it, is a bound.
        long lowestBefore = tree[at + MIN] == NONE ? 0 : Math.min(tree[at + MIN], 0);
        tree[at + MIN] = lowestBefore + Math.min(remainingOf(change, 0), 0);
        updateAncestors(pot, node);
    }

    /** Starts a change that {@link #rollback} can undo. */
    void begin() {
        undo = new ArrayList<>();
        lastBefore = new long[FIGURES][];
        for (int k = 0; k < FIGURES; k++) {
            lastBefore[k] = last[k].clone();
        }
    }

    void commit() {
        undo = null;
        lastBefore = null;
    }

    void rollback() {
        if (undo == null) {
            return;
        }
        for (int i = undo.size() - 1; i >= 0; i--) {
            long[] saved = undo.get(i);
            int pot = (int) saved[WIDTH];
            int node = (int) saved[WIDTH + 1];
            if (nodes != null && node < 2 * days) {
                refresh(pot);
                System.arraycopy(saved, 0, nodes[pot], node * WIDTH, WIDTH);
                updateAncestors(pot, node);
            }
        }
        for (int k = 0; k < FIGURES; k++) {
            System.arraycopy(lastBefore[k], 0, last[k], 0, pots);
        }
        undo = null;
        lastBefore = null;
    }

    /** Saves a leaf before its first change within {@link #begin}. */
    private void save(int pot, int leaf) {
        if (undo == null) {
            return;
        }
        int node = leaf;
        for (int i = undo.size() - 1; i >= 0 && i >= undo.size() - 4; i--) {
            long[] saved = undo.get(i);
            if (saved[WIDTH] == pot && saved[WIDTH + 1] == node) {
                return;
            }
        }
        long[] saved = Arrays.copyOf(Arrays.copyOfRange(nodes[pot], node * WIDTH, (node + 1) * WIDTH), WIDTH + 2);
        saved[WIDTH] = pot;
        saved[WIDTH + 1] = node;
        undo.add(saved);
    }

    /** The node index of {@code epochDay}'s leaf, growing the days covered if need be; -1 when it gave up. */
    private int leaf(long epochDay) {
        if (!usable) {
            return -1;
        }
        if (nodes == null) {
            base = epochDay - 8;
            days = 64;
            nodes = new long[pots][];
            for (int p = 0; p < pots; p++) {
                nodes[p] = emptyTree(days);
            }
        }
        if (epochDay < base || epochDay >= base + days) {
            long from = Math.min(base, epochDay);
            long to = Math.max(base + days, epochDay + 1);
            long wanted = to - from;
            if (wanted > MAX_DAYS) {
                giveUp();
                return -1;
            }
            int grown = days;
            while (grown < wanted * 2 && grown < MAX_DAYS) {
                grown <<= 1;
            }
            // Leave room on the side the dates moved to: later days usually come next.
            long newBase = epochDay < base ? to - grown : from;
            regrow(newBase, grown);
        }
        return (int) (epochDay - base) + days;
    }

    private void regrow(long newBase, int newDays) {
        int shift = (int) (base - newBase);
        if (undo != null) {
            // Saved leaves keep their days: their node indices move with the leaves.
            for (long[] saved : undo) {
                saved[WIDTH + 1] = saved[WIDTH + 1] - days + newDays + shift;
            }
        }
        for (int p = 0; p < pots; p++) {
            long[] tree = emptyTree(newDays);
            System.arraycopy(nodes[p], days * WIDTH, tree, (newDays + shift) * WIDTH, days * WIDTH);
            nodes[p] = tree;
        }
        base = newBase;
        days = newDays;
        for (int p = 0; p < pots; p++) {
            rebuildInner(p);
            stale[p] = -1;
        }
    }

    private void giveUp() {
        usable = false;
        nodes = null;
    }

    private static long[] emptyTree(int days) {
        long[] tree = new long[2 * days * WIDTH];
        for (int i = 1; i < 2 * days; i++) {
            tree[i * WIDTH + MIN] = NONE;
        }
        return tree;
    }

    private void rebuildInner(int pot) {
        long[] tree = nodes[pot];
        for (int i = days - 1; i >= 1; i--) {
            combine(tree, tree, 2 * i * WIDTH, tree, (2 * i + 1) * WIDTH, i * WIDTH);
        }
    }

    /** Brings the ancestors of the pot's last written leaf up to date. */
    private void refresh(int pot) {
        if (stale[pot] >= 0) {
            updateAncestors(pot, stale[pot]);
            stale[pot] = -1;
        }
    }

    private void updateAncestors(int pot, int node) {
        long[] tree = nodes[pot];
        for (int i = node >> 1; i >= 1; i >>= 1) {
            combine(tree, tree, 2 * i * WIDTH, tree, (2 * i + 1) * WIDTH, i * WIDTH);
        }
    }

    /** Ceiling − allocated to children − reserved − granted, of the sums at {@code at}. */
    private static long remainingOf(long[] node, int at) {
        return node[at] - node[at + 1] - node[at + 2] - node[at + 3];
    }

    /** {@code target[to..]} = left then right. */
    private static void combine(long[] target, long[] left, int l, long[] right, int r, int to) {
        long leftRemaining = remainingOf(left, l);
        long lowest = left[l + MIN];
        if (right[r + MIN] != NONE) {
            long viaRight = leftRemaining + right[r + MIN];
            lowest = lowest == NONE ? viaRight : Math.min(lowest, viaRight);
        }
        for (int k = 0; k < FIGURES; k++) {
            target[to + k] = left[l + k] + right[r + k];
        }
        target[to + MIN] = lowest;
    }

    private static void combine(long[] target, long[] left, int l, long[] right, int r) {
        combine(target, left, l, right, r, 0);
    }

    /** {@code target} = {@code left} (a lone node) then {@code right[r..]}. */
    private static void combineInto(long[] target, long[] left, long[] right, int r) {
        long[] combined = new long[WIDTH];
        combine(combined, left, 0, right, r, 0);
        System.arraycopy(combined, 0, target, 0, WIDTH);
    }
}
