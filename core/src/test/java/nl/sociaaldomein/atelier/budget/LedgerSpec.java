package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.StatefulSpec;
import nl.sociaaldomein.atelier.testkit.Tally;

/**
 * The journaled ledger against {@link NaiveLedger}: every batch must be accepted or rejected
 * (with the same kind) alike; after every step the view now must equal the model's (figures and
 * order) and keep the invariants; after a late entry is accepted, and every tenth step, so must
 * the view as of every date posted; every twentieth step the ledger rebuilt from its journal
 * must give the same views. Counts what the steps hit in a {@link Tally}.
 */
final class LedgerSpec implements StatefulSpec<LedgerSpec.Journaled, NaiveLedger, LedgerOps.Op> {

    /** The ledger under test with its journal (null when it keeps none) and clock. */
    static final class Journaled {
        final InMemoryJournal journal;
        final ManualClock clock = new ManualClock(Instant.parse("2016-01-01T08:00:00Z"));
        final Ledger ledger;
        int steps;
        boolean lateAccepted;

        Journaled(boolean journaled) {
            journal = journaled ? new InMemoryJournal() : null;
            ledger = journaled ? Ledger.open(TestTree.tree(), journal, CODEC, clock, 3) : Ledger.withCheckpointsEvery(TestTree.tree(), 3, clock);
        }
    }

    private final boolean journaled;
    private final int compareEvery;
    private final int lateWeight;

    /** The full check: journaled, everything compared after every step. */
    LedgerSpec() {
        this(true, 1, 10);
    }

    /**
     * @param journaled    whether the ledger keeps a journal (then it is rebuilt from it every twentieth step)
     * @param compareEvery every how many steps the whole view and all as-of views are compared with the model
     *                     (every verdict and the invariants of the view now are checked at every step)
     * @param lateWeight   how often an entry is late (see {@link LedgerOps#next(NaiveLedger, int)})
     */
    LedgerSpec(boolean journaled, int compareEvery, int lateWeight) {
        this.journaled = journaled;
        this.compareEvery = compareEvery;
        this.lateWeight = lateWeight;
    }

    static final JsonLedgerCodec CODEC = new JsonLedgerCodec();

    final Tally tally = new Tally();
    /** Entries posted and views asked, over every sequence. */
    long operations;

    @Override
    public Journaled newSystem() {
        return new Journaled(journaled);
    }

    @Override
    public NaiveLedger newModel() {
        return new NaiveLedger(TestTree.tree());
    }

    @Override
    public Gen<LedgerOps.Op> nextOperation(NaiveLedger model) {
        return LedgerOps.next(model, lateWeight);
    }

    @Override
    public void step(Journaled system, NaiveLedger model, LedgerOps.Op op) {
        system.steps++;
        if (op instanceof LedgerOps.AsOf asOf) {
            operations++;
            BudgetView actual = system.ledger.view(asOf.date(), asOf.knownAt());
            BudgetView expected = model.viewAsOf(asOf.date(), asOf.knownAt());
            assertThat(actual).as("view as of %s known at %s", asOf.date(), asOf.knownAt()).isEqualTo(expected);
            assertSameOrder(actual, expected);
            tally.add(asOf.knownAt() == null ? "as-of" : "as-of known at");
            return;
        }
        LedgerOps.Post post = (LedgerOps.Post) op;
        operations += post.entries().size();
        // The clock mostly moves on, sometimes stands still or goes back: recording times must still increase.
        system.clock.advanceSeconds(system.steps % 10 == 0 ? 0 : system.steps % 17 == 0 ? -5 : 1);
        boolean late = !model.inOrder(post.entries());
        long addedBefore = system.ledger.lateAdditionsAccepted();
        long declinedBefore = system.ledger.lateAdditionsDeclined();
        Result<PostedBatch> actual = system.ledger.post(post.entries());
        if (system.ledger.lateAdditionsDeclined() > declinedBefore) {
            tally.label("late addition sent to the replay");
        }
        Instant at = actual.isOk() ? actual.orElseThrow().recordedAt() : Instant.MAX;
        Either<RejectionKind, Boolean> expected = model.post(post.entries(), at);
        tally.add(post.kind());
        if (expected.isLeft()) {
            assertThat(actual.isFailed()).as("expected rejection %s, ledger answered %s", expected.getLeft(), actual).isTrue();
            assertThat(Refused.of(actual).kind()).as("rejection kind; message: %s", Refused.of(actual).message()).isEqualTo(expected.getLeft());
            assertThat(Refused.of(actual).message()).isNotBlank();
            // Dutch by default, English on request: every refusal the generator reaches is told in both.
            assertThat(Refused.of(actual).message()).as("Dutch text of %s", Refused.of(actual))
                .isNotEqualTo(Refused.of(actual).message(java.util.Locale.ENGLISH));
            assertThat(Refused.of(actual).problem().code()).startsWith("ledger.");
            tally.label("rejected");
            tally.label("rejected " + expected.getLeft());
            tally.label(late ? "late refused" : "in order refused");
            if (post.entries().size() > 1) {
                tally.label("batch refused");
            }
            if (expected.getLeft() == RejectionKind.EXCEEDS_REMAINING) {
                tally.label("over the ceiling");
            }
        } else {
            assertThat(actual.isOk()).as("expected acceptance, ledger answered %s", actual).isTrue();
            assertThat(actual.orElseThrow().duplicate()).as("duplicate").isEqualTo(expected.get());
            tally.label(expected.get() ? "duplicate accepted" : "accepted");
            if (!expected.get()) {
                tally.label(late ? "late accepted" : "in order accepted");
                if (late) {
                    tally.label(system.ledger.lateAdditionsAccepted() > addedBefore ? "late added on the day totals" : "late replayed");
                }
                system.lateAccepted |= late;
                if (post.entries().size() > 1) {
                    tally.label("batch accepted");
                }
            }
            if (actual.orElseThrow().postings().stream().flatMap(p -> p.pots().stream()).anyMatch(p -> p.remaining().isZero())) {
                tally.label("pot exactly full");
            }
        }
    }

    @Override
    public void checkInvariants(Journaled system, NaiveLedger model) {
        Ledger ledger = system.ledger;
        BudgetView view = ledger.view();
        invariants(ledger, view);
        if (system.steps % compareEvery != 0) {
            return;
        }
        BudgetView expected = model.view();
        assertThat(view).as("ledger view against the naive model").isEqualTo(expected);
        assertSameOrder(view, expected);
        // The full check looks at every date after each late entry accepted; the volume check every 250 steps.
        if ((system.lateAccepted && compareEvery == 1) || system.steps % (10 * compareEvery) == 0) {
            system.lateAccepted = false;
            TreeSet<LocalDate> dates = new TreeSet<>();
            model.accepted.forEach(e -> dates.add(e.effectiveDate()));
            for (LocalDate date : dates) {
                BudgetView asOf = ledger.view(date);
                assertThat(asOf).as("as-of %s", date).isEqualTo(model.viewAsOf(date));
                invariants(ledger, asOf);
            }
        }
        if (journaled && system.steps % 20 == 0) {
            // Every other time the ledger is reopened from a snapshot of itself.
            if (system.steps % 40 == 0) {
                ledger.snapshot();
                tally.add("snapshot");
            }
            assertThat(Ledger.verify(system.journal, CODEC)).as("journal chain and snapshots").isEmpty();
            Ledger rebuilt = Ledger.open(ledger.tree(), system.journal, CODEC, system.clock, 3);
            assertThat(rebuilt.view()).as("rebuilt from the journal").isEqualTo(view);
            assertSameOrder(rebuilt.view(), view);
            assertThat(rebuilt.recorded()).as("entries and their times, rebuilt").isEqualTo(ledger.recorded());
            LocalDate last = model.latest();
            for (int i = 0; i < model.recordedAt.size(); i += 7) {
                Instant moment = model.recordedAt.get(i);
                assertThat(rebuilt.view(last, moment)).as("rebuilt, known at %s", moment).isEqualTo(model.viewAsOf(last, moment));
            }
            tally.add("rebuilt");
        }
    }

    /** The invariants of one view: no pot over its ceiling, children within their parent, exact splits. */
    private void invariants(Ledger ledger, BudgetView view) {
        for (PotView pot : view.pots().values()) {
            assertThat(pot.remaining().isNegative()).as("remaining of %s: %s", pot.id(), pot.remaining()).isFalse();
            Money children = Money.sum(ledger.tree().children(pot.id()).stream().map(c -> view.pots().get(c.id()).ceiling()).toList());
            assertThat(children.isGreaterThan(pot.ceiling())).as("children of %s", pot.id()).isFalse();
        }
        // What a round may allocate is what the ledger will accept: each balance's available is its pot's remaining.
        assertThat(view.balances()).extracting(b -> b.potId()).containsExactlyElementsOf(view.pots().keySet());
        view.balances().forEach(balance -> assertThat(balance.available())
            .as("available of %s for a round", balance.potId()).isEqualTo(view.pots().get(balance.potId()).remaining()));
        for (GrantView grant : view.grants().values()) {
            assertThat(grant.advanced().isGreaterThan(grant.granted())).as("advanced over grant").isFalse();
            grant.determined().ifPresent(d -> assertThat(d.isGreaterThan(grant.granted())).as("determined over grant").isFalse());
            Money reclaimable = grant.determined().map(d -> grant.advanced().minus(d).atLeastZero()).orElse(Money.ZERO);
            assertThat(grant.reclaimable()).isEqualTo(reclaimable);
            assertThat(grant.reclaimed().isGreaterThan(grant.reclaimable())).isFalse();
            Money committed = grant.status() == GrantStatus.WITHDRAWN ? Money.ZERO : grant.determined().orElse(grant.granted());
            assertThat(Money.sum(grant.partsByPot().values())).as("parts of %s", grant.initiativeId()).isEqualTo(committed);
        }
        assertThat(Money.sum(view.pots().values().stream().map(PotView::granted).toList()))
            .isEqualTo(Money.sum(view.grants().values().stream().flatMap(g -> g.partsByPot().values().stream()).toList()));
        assertThat(Money.sum(view.pots().values().stream().map(PotView::advanced).toList()))
            .isEqualTo(Money.sum(view.grants().values().stream().map(GrantView::advanced).toList()));
        assertThat(Money.sum(view.pots().values().stream().map(PotView::reclaimable).toList()))
            .isEqualTo(Money.sum(view.grants().values().stream().map(GrantView::reclaimable).toList()));
        assertThat(Money.sum(view.pots().values().stream().map(PotView::reserved).toList()))
            .isEqualTo(Money.sum(view.reservations().values().stream().map(ReservationView::outstanding).toList()));
    }

    /** Reports are made from views in their order: grants and reservations come in the same order as the model's. */
    private static void assertSameOrder(BudgetView actual, BudgetView expected) {
        assertThat(List.copyOf(actual.grants().keySet())).as("grant order").isEqualTo(List.copyOf(expected.grants().keySet()));
        assertThat(List.copyOf(actual.reservations().keySet())).as("reservation order")
            .isEqualTo(List.copyOf(expected.reservations().keySet()));
    }
}
