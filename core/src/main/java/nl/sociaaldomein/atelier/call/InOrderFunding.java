package nl.sociaaldomein.atelier.call;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.assessment.Text;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

/**
 * Funds eligible candidates one after another in a given order until the pot's available amount
 * runs out; shared by the ranked and the first-come policies, which differ only in the order.
 */
final class InOrderFunding {

    private static final List<Text> NOT_FITTING = List.of(Text.of(
        "het gevraagde bedrag past niet (meer) binnen wat van het subsidieplafond over is",
        "the requested amount does not fit within what is left under the ceiling"));

    private InOrderFunding() {
    }

    /**
     * @param ordered the eligible candidates in funding order
     * @param orderName how the order was made, e.g. "rangorde op score" (used in every motivation)
     */
    static List<Decision> fund(AllocationInput input, List<Candidate> ordered, WhenItDoesNotFit whenItDoesNotFit, Text orderName) {
        String pot = input.call().potId();
        Money minimum = input.call().minimumAmount();
        long left = input.pot().available().cents();
        boolean ended = false;
        List<Decision> decisions = new ArrayList<>(ordered.size());
        Text fullRule = Text.of(orderName.nl() + "; het gevraagde bedrag past binnen het beschikbare budget",
            orderName.en() + "; the requested amount fits within the available budget");
        // Shared by every rejection of the run: a call may have a million of them.
        Text ceilingRule = Text.of(orderName.nl() + "; het subsidieplafond is bereikt (Awb art. 4:25 lid 2)",
            orderName.en() + "; the ceiling has been reached (Awb art. 4:25(2))");
        for (int place = 0; place < ordered.size(); place++) {
            Candidate candidate = ordered.get(place);
            long requested = candidate.requested().cents();
            if (!ended && requested <= left) {
                left -= requested;
                decisions.add(Decisions.granted(candidate.assessment(), pot, candidate.requested(), fullRule, List.of()));
            } else if (!ended && whenItDoesNotFit == WhenItDoesNotFit.FUND_IN_PART && left > 0 && left >= minimum.cents()) {
                Money part = Money.ofCents(left);
                left = 0;
                ended = true;
                decisions.add(Decisions.granted(candidate.assessment(), pot, part, Text.of(
                    orderName.nl() + "; deels toegekend (" + MoneyFormat.DUTCH.format(part) + " van " + candidate.requested()
                        + "): geweigerd voor zover het subsidieplafond zou worden overschreden (Awb art. 4:25 lid 2)",
                    orderName.en() + "; granted in part (" + MoneyFormat.ENGLISH.format(part) + " of " + MoneyFormat.ENGLISH.format(candidate.requested())
                        + "): refused to the extent that the ceiling would be exceeded (Awb art. 4:25(2))"), List.of()));
            } else {
                ended |= whenItDoesNotFit != WhenItDoesNotFit.SKIP;
                decisions.add(Decisions.rejected(candidate.assessment(), NOT_FITTING, ceilingRule));
            }
        }
        return decisions;
    }

    /** Rejections for the candidates that are not eligible, each naming why. */
    static List<Decision> rejectIneligible(List<Candidate> candidates) {
        List<Decision> decisions = new ArrayList<>();
        Text rule = Text.of("niet subsidiabel volgens het afwegingskader of de voorwaarden van de oproep",
            "not eligible under the criteria framework or the call's conditions");
        for (Candidate candidate : candidates) {
            if (!candidate.isEligible()) {
                decisions.add(Decisions.rejected(candidate.assessment(), candidate.ineligibility(), rule));
            }
        }
        return decisions;
    }

}
