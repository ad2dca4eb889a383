package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the application did with the ledger since it started: entries posted, postings refused,
 * and late registrations (entries effective before an entry posted earlier). Plain counters, so
 * that they work without Micrometer; with Micrometer they are published as
 * {@code atelier.ledger.postings}, {@code atelier.ledger.refusals} and
 * {@code atelier.ledger.late-registrations}.
 */
public final class AtelierCounters {

    private final LongAdder postings = new LongAdder();
    private final LongAdder refusals = new LongAdder();
    private final LongAdder late = new LongAdder();

    /**
     * {@code entries} new entries were posted, {@code lateOnes} of them late registrations.
     *
     * @param entries  entries newly posted (repeats of entries already posted not counted)
     * @param lateOnes how many of them are effective before an entry posted earlier
     */
    public void posted(int entries, int lateOnes) {
        postings.add(entries);
        late.add(lateOnes);
    }

    /** A posting or command was refused (nothing was recorded). */
    public void refused() {
        refusals.increment();
    }

    /** {@return ledger entries posted since the application started} */
    public long postings() {
        return postings.sum();
    }

    /** {@return postings and commands refused since the application started} */
    public long refusals() {
        return refusals.sum();
    }

    /** {@return entries posted since the application started that are effective before an entry posted earlier} */
    public long lateRegistrations() {
        return late.sum();
    }
}
