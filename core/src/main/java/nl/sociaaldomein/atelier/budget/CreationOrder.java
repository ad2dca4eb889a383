package nl.sociaaldomein.atelier.budget;

import java.util.Arrays;

/**
 * The order in which a view lists grants and reservations: the order their entries come in the
 * replay by effective date (ties in recording order), which is the order a ledger rebuilt from its
 * journal creates them in. A state keeps them in the order it created them; an entry registered
 * late on the fast path ({@link LateAdditions}) is created after others dated later. Within one
 * day a state always holds them in recording order, so a stable sort by day gives the replay's
 * order.
 */
final class CreationOrder {

    private CreationOrder() {
    }

    /** The positions of {@code epochDays} in a stable sort by day; null when they are in order already. */
    static int[] of(long[] epochDays) {
        int n = epochDays.length;
        int outOfOrder = 0;
        long highest = Long.MIN_VALUE;
        for (long day : epochDays) {
            if (day < highest) {
                outOfOrder++;
            } else {
                highest = day;
            }
        }
        if (outOfOrder == 0) {
            return null;
        }
        // Those that keep the running highest are in order; the others (the late ones, usually few) are sorted and merged in.
        int[] inOrder = new int[n - outOfOrder];
        Integer[] others = new Integer[outOfOrder];
        int a = 0;
        int b = 0;
        highest = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (epochDays[i] < highest) {
                others[b++] = i;
            } else {
                highest = epochDays[i];
                inOrder[a++] = i;
            }
        }
        // Stable by day: equal days keep their positions' order.
        Arrays.sort(others, (x, y) -> epochDays[x] != epochDays[y] ? Long.compare(epochDays[x], epochDays[y]) : Integer.compare(x, y));
        int[] order = new int[n];
        int i = 0;
        int j = 0;
        for (int k = 0; k < n; k++) {
            boolean takeOther = j < others.length && (i == inOrder.length || before(epochDays, others[j], inOrder[i]));
            order[k] = takeOther ? others[j++] : inOrder[i++];
        }
        return order;
    }

    private static boolean before(long[] days, int x, int y) {
        return days[x] != days[y] ? days[x] < days[y] : x < y;
    }
}
