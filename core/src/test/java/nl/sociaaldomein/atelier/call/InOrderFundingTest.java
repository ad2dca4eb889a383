package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-order arithmetic as docs/calls.md states it for each {@link WhenItDoesNotFit}. */
class InOrderFundingTest {

    @Test
    void fundInPartSkipsWhenWhatIsLeftIsBelowTheMinimum() {
        // docs/calls.md: "FUND_IN_PART (fund it with what is left ... then stop; when what is left is below the call's minimum, skip)".
        // € 5 is left, below the minimum of € 10: the € 30 request is skipped, and the € 4 one after it still fits.
        long[] granted = InOrderFunding.amounts(new long[] {40, 30, 4}, 45, 10, WhenItDoesNotFit.FUND_IN_PART);
        assertThat(granted).containsExactly(40, 0, 4);
    }

    @Test
    void fundInPartFundsWhatIsLeftAndStops() {
        long[] granted = InOrderFunding.amounts(new long[] {40, 30, 4}, 55, 10, WhenItDoesNotFit.FUND_IN_PART);
        assertThat(granted).containsExactly(40, 15, 0);
    }
}
