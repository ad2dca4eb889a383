package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Stateful;
import nl.sociaaldomein.atelier.testkit.StatefulSpec;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;

/**
 * As-of views that start from a checkpoint (taken here every three entries, so that short
 * sequences reach many) equal the naive model's view as of every date posted, checked after every
 * third step.
 */
class CheckpointedLedgerProperties {

    @Test
    void asOfViewsFromCheckpointsEqualTheModel() {
        Tally tally = new Tally();
        Stateful.named("as-of views from checkpoints against the naive model").steps(100, 50).check(new StatefulSpec<Ledger, NaiveLedger, LedgerOps.Op>() {
            @Override
            public Ledger newSystem() {
                return Ledger.withCheckpointsEvery(TestTree.tree(), 3);
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
                if (op instanceof LedgerOps.Post post) {
                    Result<PostedBatch> actual = system.post(post.entries());
                    Either<RejectionKind, Boolean> expected = model.post(post.entries(), actual.map(PostedBatch::recordedAt).orElse(Instant.MAX));
                    assertThat(actual.isOk()).isEqualTo(expected.isRight());
                }
            }

            private int checks;

            @Override
            public void checkInvariants(Ledger system, NaiveLedger model) {
                // Every date's view after every third step: LedgerProperties checks the view now after every one.
                if (++checks % 3 != 0) {
                    return;
                }
                TreeSet<LocalDate> dates = new TreeSet<>();
                system.entries().forEach(e -> dates.add(e.effectiveDate()));
                for (LocalDate date : dates) {
                    BudgetView view = system.view(date);
                    assertThat(view).as("as of %s", date).isEqualTo(model.viewAsOf(date));
                    tally.add(view.entryCount() >= 3 && date.isBefore(dates.last()) ? "from a checkpoint" : "replayed or now");
                }
            }
        });
        assertThat(tally.fraction("from a checkpoint")).as("%s", tally).isGreaterThan(0.2);
    }
}
