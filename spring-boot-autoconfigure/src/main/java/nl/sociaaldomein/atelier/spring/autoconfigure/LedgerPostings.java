package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerBatch;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Posted;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * Posting to the application's ledger the Spring way: a batch is posted whole, or a
 * {@link ProblemException} says why (mapped to Problem Details by the starter), and the counters
 * behind the metrics follow every posting and refusal.
 */
public final class LedgerPostings {

    private final Ledger ledger;
    private final AtelierCounters counters;
    /** The latest effective date posted so far: an entry before it is a late registration. */
    private LocalDate latest = LocalDate.MIN;

    /**
     * Posts to {@code ledger}; the effective dates already posted are read once, to tell late registrations.
     *
     * @param ledger   the application's ledger
     * @param counters the counters behind the metrics
     */
    public LedgerPostings(Ledger ledger, AtelierCounters counters) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.counters = Objects.requireNonNull(counters, "counters");
        ledger.entries().forEach(e -> latest = max(latest, e.effectiveDate()));
    }

    /** {@return the ledger posted to, for reading its entries and balances} */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * Posts the batch: every entry, or none.
     *
     * @param batch the entries, posted together or not at all
     * @return each entry as posted, with those already posted (same id and content) marked as duplicates
     * @throws ProblemException when the ledger refuses it (nothing was posted)
     */
    public synchronized PostedBatch post(LedgerBatch batch) {
        Result<PostedBatch> posted = ledger.post(batch);
        if (posted.isFailed()) {
            counters.refused();
            throw new ProblemException(List.of(LedgerProblems.of(posted.problems().get(0))));
        }
        int fresh = 0;
        int late = 0;
        for (Posted p : posted.orElseThrow().postings()) {
            if (p.duplicate()) {
                continue;
            }
            fresh++;
            LocalDate day = p.entry().effectiveDate();
            if (day.isBefore(latest)) {
                late++;
            }
            latest = max(latest, day);
        }
        counters.posted(fresh, late);
        return posted.orElseThrow();
    }

    /**
     * Posts the entries as one batch.
     *
     * @param entries the entries, posted together or not at all
     * @return each entry as posted, with those already posted marked as duplicates
     * @throws ProblemException when the ledger refuses them (nothing was posted)
     */
    public PostedBatch post(List<? extends LedgerEntry> entries) {
        return post(LedgerBatch.of(entries));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
