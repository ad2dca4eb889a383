package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.StatefulSpec;
import nl.sociaaldomein.atelier.testkit.Tally;

/**
 * The ledger against {@link NaiveLedger}: every posting must be accepted or rejected (with the
 * same kind) alike, and after every step the whole view must equal the model's and the
 * invariants must hold. Counts what the steps hit in a {@link Tally}.
 */
final class LedgerSpec implements StatefulSpec<Ledger, NaiveLedger, LedgerOps.Op> {

    final Tally tally = new Tally();
    private final Money totalCeilings = sumCeilings(TestTree.tree());

    @Override
    public Ledger newSystem() {
        return Ledger.create(TestTree.tree());
    }

    @Override
    public NaiveLedger newModel() {
        return new NaiveLedger(TestTree.tree());
    }

    @Override
    public Gen<LedgerOps.Op> nextOperation(NaiveLedger model) {
        return LedgerOps.next(model);
    }

    @Override
    public void step(Ledger system, NaiveLedger model, LedgerOps.Op op) {
        if (op instanceof LedgerOps.AsOf asOf) {
            assertThat(system.view(asOf.date())).as("view as of %s", asOf.date()).isEqualTo(model.viewAsOf(asOf.date()));
            tally.add("as-of");
            return;
        }
        LedgerOps.Post post = (LedgerOps.Post) op;
        Either<RejectionKind, Boolean> expected = model.post(post.entry());
        Either<Rejection, Posted> actual = system.post(post.entry());
        tally.add(post.kind());
        if (expected.isLeft()) {
            assertThat(actual.isLeft()).as("expected rejection %s, ledger answered %s", expected.getLeft(), actual).isTrue();
            assertThat(actual.getLeft().kind()).as("rejection kind; message: %s", actual.getLeft().message()).isEqualTo(expected.getLeft());
            assertThat(actual.getLeft().message()).isNotBlank();
            tally.label("rejected");
            tally.label("rejected " + expected.getLeft());
            if (expected.getLeft() == RejectionKind.EXCEEDS_REMAINING) {
                tally.label("over the ceiling");
            }
        } else {
            assertThat(actual.isRight()).as("expected acceptance, ledger answered %s", actual).isTrue();
            assertThat(actual.get().duplicate()).as("duplicate").isEqualTo(expected.get());
            tally.label(expected.get() ? "duplicate accepted" : "accepted");
            if (actual.get().pots().stream().anyMatch(p -> p.remaining().isZero())) {
                tally.label("pot exactly full");
            }
        }
    }

    @Override
    public void checkInvariants(Ledger system, NaiveLedger model) {
        BudgetView view = system.view();
        assertThat(view).as("ledger view against the naive model").isEqualTo(model.view());
        // 1. no pot over its ceiling; children within their parent.
        for (PotView pot : view.pots().values()) {
            assertThat(pot.remaining().isNegative()).as("remaining of %s: %s", pot.id(), pot.remaining()).isFalse();
            Money children = Money.sum(system.tree().children(pot.id()).stream().map(c -> view.pots().get(c.id()).ceiling()).toList());
            assertThat(children.isGreaterThan(pot.ceiling())).as("children of %s", pot.id()).isFalse();
        }
        // 2. transfers conserve money.
        assertThat(view.totalCeilings()).isEqualTo(totalCeilings);
        // 4. replay from empty gives the same state.
        assertThat(Ledger.replay(system.tree(), system.entries()).get().view()).as("replay").isEqualTo(view);
        // 5 and 6. per grant, and grants against pots, exact to the cent.
        for (GrantView grant : view.grants().values()) {
            assertThat(grant.advanced().isGreaterThan(grant.granted())).as("advanced over grant").isFalse();
            grant.determined().ifPresent(d -> assertThat(d.isGreaterThan(grant.granted())).as("determined over grant").isFalse());
            Money reclaimable = grant.determined().map(d -> grant.advanced().minus(d).atLeastZero()).orElse(Money.ZERO);
            assertThat(grant.reclaimable()).isEqualTo(reclaimable);
            assertThat(grant.reclaimed().isGreaterThan(grant.reclaimable())).isFalse();
            Money committed = grant.status() == GrantStatus.WITHDRAWN ? Money.ZERO : grant.determined().orElse(grant.granted());
            assertThat(Money.sum(grant.partsByPot().values())).as("parts of %s", grant.initiativeId()).isEqualTo(committed);
        }
        assertThat(sum(view.pots().values().stream().map(PotView::granted).toList()))
            .isEqualTo(sum(view.grants().values().stream().flatMap(g -> g.partsByPot().values().stream()).toList()));
        assertThat(sum(view.pots().values().stream().map(PotView::advanced).toList()))
            .isEqualTo(sum(view.grants().values().stream().map(GrantView::advanced).toList()));
        assertThat(sum(view.pots().values().stream().map(PotView::reclaimable).toList()))
            .isEqualTo(sum(view.grants().values().stream().map(GrantView::reclaimable).toList()));
        assertThat(sum(view.pots().values().stream().map(PotView::reserved).toList()))
            .isEqualTo(sum(view.reservations().values().stream().map(ReservationView::outstanding).toList()));
        if (!system.entries().isEmpty()) {
            LocalDate middle = system.entries().get(system.entries().size() / 2).effectiveDate();
            assertThat(system.view(middle)).as("as-of %s", middle).isEqualTo(model.viewAsOf(middle));
        }
    }

    private static Money sum(List<Money> amounts) {
        return Money.sum(amounts);
    }

    private static Money sumCeilings(BudgetTree tree) {
        return Money.sum(tree.pots().stream().map(Pot::ceiling).toList());
    }
}
