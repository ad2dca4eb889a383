package nl.sociaaldomein.atelier.call;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.LargestRemainder;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

/**
 * Every eligible initiative gets the same fraction of its request. When the requests fit, all are
 * paid in full; otherwise the available amount is split in proportion to the requests by largest
 * remainder: exact to the cent, summing to the available amount, and no part above its request.
 */
public final class ProRataPolicy implements AllocationPolicy {

    @Override
    public String id() {
        return "pro-rata";
    }

    @Override
    public Text description() {
        return Text.of("naar rato van het gevraagde bedrag", "pro rata to the requested amount");
    }

    @Override
    public Result<List<Decision>> allocate(AllocationInput input) {
        List<Candidate> eligible = input.candidates().stream().filter(Candidate::isEligible).toList();
        List<Decision> decisions = new ArrayList<>();
        if (!eligible.isEmpty()) {
            long[] requests = eligible.stream().mapToLong(c -> c.fundable().cents()).toArray();
            Money requested = Money.sum(eligible.stream().map(Candidate::fundable).toList());
            Money available = input.pot().available();
            boolean allFit = !requested.isGreaterThan(available);
            List<Money> parts = allFit ? eligible.stream().map(Candidate::fundable).toList()
                : LargestRemainder.split(available, requests);
            Text rule = allFit
                ? Text.of("naar rato: alle aanvragen passen binnen het beschikbare budget", "pro rata: all requests fit within the available budget")
                : Text.of("naar rato: iedere aanvraag krijgt " + available + " / " + requested + " van het gevraagde (Awb art. 4:25 lid 2)",
                    "pro rata: every request gets " + MoneyFormat.ENGLISH.format(available) + " / " + MoneyFormat.ENGLISH.format(requested)
                        + " of the amount asked (Awb art. 4:25(2))");
            for (int i = 0; i < eligible.size(); i++) {
                Candidate candidate = eligible.get(i);
                if (parts.get(i).isPositive()) {
                    decisions.add(Decisions.granted(candidate.assessment(), input.call().potId(), parts.get(i), rule, List.of()));
                } else {
                    decisions.add(Decisions.rejected(candidate.assessment(),
                        List.of(Text.of("het aandeel naar rato is minder dan een cent", "the pro rata share is less than a cent")), rule));
                }
            }
        }
        decisions.addAll(InOrderFunding.rejectIneligible(input.candidates()));
        return Result.ok(decisions);
    }
}
