package nl.sociaaldomein.atelier.profile.hoogeveen;

import com.google.inject.Inject;
import io.vavr.collection.List;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.call.AllocationInput;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.profile.Thresholds;

/**
 * Hoogeveen's allocation: initiatives ranked by their score, one-off support only
 * ("eenmalige ondersteuning", 002_9515f7258e93469e.txt) and never above the maximum per
 * initiative of the thresholds ("(maximale) subsidiebedrag"). It refuses to run a call that is not
 * one-off or whose limits lie outside the thresholds, so a call cannot quietly grant more.
 *
 * <p>What does not fit is skipped (an assumption: the motion says nothing; a smaller request
 * further down may still fit, and funding a plan in part would not be the one-off support asked
 * for).
 */
public final class OneOffRankedPolicy implements AllocationPolicy {

    static final WhenItDoesNotFit WHEN_IT_DOES_NOT_FIT = WhenItDoesNotFit.SKIP;

    private final Thresholds thresholds;
    private final RankedPolicy ranked = new RankedPolicy(WHEN_IT_DOES_NOT_FIT);

    @Inject
    public OneOffRankedPolicy(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public String id() {
        return "one-off-ranked";
    }

    @Override
    public Text description() {
        return Text.of("eenmalige ondersteuning, op rangorde van totaalscore; wat niet past wordt overgeslagen",
            "one-off support, ranked by total score; what does not fit is skipped");
    }

    @Override
    public Result<java.util.List<Decision>> allocate(AllocationInput input) {
        Call call = input.call();
        Place where = Place.about("call", call.id());
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (!call.oneOff()) {
            problems.add(Problem.conflict("allocation.call-not-one-off", where, "Hoogeveen geeft eenmalige ondersteuning; de oproep is niet eenmalig",
                "Hoogeveen gives one-off support; the call is not one-off"));
        }
        if (call.maximumAmount().isGreaterThan(thresholds.maxPerInitiative())) {
            problems.add(Problem.conflict("allocation.call-maximum-above-profile", where,
                "het maximum van de oproep (" + MoneyFormat.DUTCH.format(call.maximumAmount()) + ") ligt boven het maximum per initiatief ("
                    + MoneyFormat.DUTCH.format(thresholds.maxPerInitiative()) + ")",
                "the call's maximum (" + MoneyFormat.ENGLISH.format(call.maximumAmount()) + ") is above the maximum per initiative ("
                    + MoneyFormat.ENGLISH.format(thresholds.maxPerInitiative()) + ")"));
        }
        if (call.minimumAmount().isLessThan(thresholds.minPerInitiative())) {
            problems.add(Problem.conflict("allocation.call-minimum-below-profile", where,
                "het minimum van de oproep (" + MoneyFormat.DUTCH.format(call.minimumAmount()) + ") ligt onder het minimum per initiatief ("
                    + MoneyFormat.DUTCH.format(thresholds.minPerInitiative()) + ")",
                "the call's minimum (" + MoneyFormat.ENGLISH.format(call.minimumAmount()) + ") is below the minimum per initiative ("
                    + MoneyFormat.ENGLISH.format(thresholds.minPerInitiative()) + ")"));
        }
        return problems.isEmpty() ? ranked.allocate(input) : Result.failed(problems);
    }
}
