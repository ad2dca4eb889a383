package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Stateful;
import org.junit.jupiter.api.Test;

/**
 * Volume for the ledger's properties: a million generated operations (entries posted and views
 * asked) per full run against the naive model, on many short sequences so that the model's
 * replays stay small. Every verdict and the invariants of the view now are checked at every
 * step; the whole view and the order of grants every 25 steps, the views as of every date every
 * 250 steps. {@link LedgerProperties} checks everything at every step,
 * with a journal, on fewer operations.
 */
class LedgerVolumeProperties {

    static final long OPERATIONS = 1_000_000;

    @Test
    void aMillionOperationsAgreeWithTheNaiveModel() {
        LedgerSpec spec = new LedgerSpec(false, 25, 4);
        // About 50 steps of about 1,1 operations per sequence: 22.000 sequences make a million with room to spare.
        int tries = Settings.fromSystemProperties().tries() * 22;
        Stateful.named("bitemporal ledger, volume").steps(100, 50).tries(tries).check(spec);
        if (Settings.fullRun()) {
            assertThat(spec.operations).as("operations generated, %s", spec.tally).isGreaterThanOrEqualTo(OPERATIONS);
        }
    }
}
