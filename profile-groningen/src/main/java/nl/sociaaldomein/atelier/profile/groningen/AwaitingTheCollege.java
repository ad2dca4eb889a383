package nl.sociaaldomein.atelier.profile.groningen;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.call.AllocationInput;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Candidate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Groningen's allocation: the college of B&amp;W decides, so a round file with
 * the college's decisions is replayed as recorded (the workflow's committee policy). This policy
 * is what runs when a file holds no decisions yet: every candidate is deferred until the college
 * decides, and with {@code reserve-for-pending} its requested amount is reserved while it fits,
 * keeping {@code reserve-for-later-percent} of the pot's ceiling free for ideas later in the year
 * (000_54832993d59957fc.txt: "Een deel van het resterende budget is beschikbaar voor het initiatief
 * waar we nog mee in gesprek zijn", "Daarnaast reserveren we een deel van het budget voor
 * innovatieve ideeën die zich in de loop van het jaar mogelijk nog melden").
 */
final class AwaitingTheCollege implements AllocationPolicy {

    private static final Text RULE = Text.of("wacht op besluit van het college van B&W", "awaiting the municipal executive's decision");

    private final boolean reserveForPending;
    private final int reserveForLaterPercent;

    AwaitingTheCollege(boolean reserveForPending, int reserveForLaterPercent) {
        this.reserveForPending = reserveForPending;
        this.reserveForLaterPercent = reserveForLaterPercent;
    }

    @Override
    public String id() {
        return "committee";
    }

    @Override
    public Text description() {
        return Text.of("besluit van het college; tot dan aangehouden met reservering", "the college decides; until then deferred with a reservation");
    }

    @Override
    public Result<List<Decision>> allocate(AllocationInput input) {
        PotBalance pot = input.pot();
        Money keptForLater = pot.ceiling().timesFraction(reserveForLaterPercent, 100);
        Money free = pot.available().minus(keptForLater).atLeastZero();
        List<Decision> decisions = new ArrayList<>();
        for (Candidate candidate : input.candidates()) {
            Money asked = candidate.requested();
            boolean reserve = reserveForPending && candidate.isEligible() && !asked.isGreaterThan(free);
            if (reserve) {
                free = free.minus(asked);
                decisions.add(Decisions.deferredWithReservation(candidate.assessment(), pot.potId(), asked, RULE));
            } else {
                decisions.add(Decisions.deferred(candidate.assessment(), RULE));
            }
        }
        return Result.ok(decisions);
    }
}
