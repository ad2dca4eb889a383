package nl.sociaaldomein.atelier.call;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

/**
 * Funds eligible candidates one after another in a given order until the pot's available amount
 * runs out; shared by the ranked and the first-come policies, which differ only in the order.
 * The arithmetic ({@link #amounts}) and the wording of each decision ({@link Rules#decision}) are
 * separate so that the columnar path of a large round uses exactly the same of both.
 */
final class InOrderFunding {

    private static final List<Text> NOT_FITTING = List.of(Text.of(
        "het gevraagde bedrag past niet (meer) binnen wat van het subsidieplafond over is",
        "the requested amount does not fit within what is left under the ceiling"));

    static final Text INELIGIBLE_RULE = Text.of("niet subsidiabel volgens het afwegingskader of de voorwaarden van de oproep",
        "not eligible under the criteria framework or the call's conditions");

    private InOrderFunding() {
    }

    /**
     * @param ordered the eligible candidates in funding order
     * @param orderName how the order was made, e.g. "rangorde op score" (used in every motivation)
     */
    static List<Decision> fund(AllocationInput input, List<Candidate> ordered, WhenItDoesNotFit whenItDoesNotFit, Text orderName) {
        long[] requested = new long[ordered.size()];
        for (int place = 0; place < requested.length; place++) {
            requested[place] = ordered.get(place).fundable().cents();
        }
        long[] granted = amounts(requested, input.pot().available().cents(), input.call().minimumAmount().cents(), whenItDoesNotFit);
        Rules rules = new Rules(input.call().potId(), orderName);
        List<Decision> decisions = new ArrayList<>(ordered.size());
        for (int place = 0; place < requested.length; place++) {
            Candidate candidate = ordered.get(place);
            decisions.add(rules.decision(candidate.assessment(), candidate.requested(), candidate.fundable(), granted[place]));
        }
        return decisions;
    }

    /**
     * The amount granted to each place in funding order (0: not funded): the request while it fits
     * in what is left; when it does not, skip it, end the round, or (once, if at least the call's
     * minimum is left) grant what is left and end; with less than the minimum left, skip it.
     */
    static long[] amounts(long[] requested, long available, long minimum, WhenItDoesNotFit whenItDoesNotFit) {
        long[] granted = new long[requested.length];
        long left = available;
        boolean ended = false;
        for (int place = 0; place < requested.length && !ended; place++) {
            if (requested[place] <= left) {
                left -= requested[place];
                granted[place] = requested[place];
            } else if (whenItDoesNotFit == WhenItDoesNotFit.FUND_IN_PART && left > 0 && left >= minimum) {
                granted[place] = left;
                left = 0;
                ended = true;
            } else {
                // FUND_IN_PART with less than the minimum left skips, as SKIP does (docs/calls.md).
                ended = whenItDoesNotFit == WhenItDoesNotFit.END_ROUND;
            }
        }
        return granted;
    }

    /** The deciding rules of one run, shared by all its decisions (a call may have a million of them). */
    static final class Rules {
        final String pot;
        private final Text orderName;
        private final Text fullRule;
        private final Text ceilingRule;

        Rules(String pot, Text orderName) {
            this.pot = pot;
            this.orderName = orderName;
            this.fullRule = Text.of(orderName.nl() + "; het gevraagde bedrag past binnen het beschikbare budget",
                orderName.en() + "; the requested amount fits within the available budget");
            this.ceilingRule = Text.of(orderName.nl() + "; het subsidieplafond is bereikt (Awb art. 4:25 lid 2)",
                orderName.en() + "; the ceiling has been reached (Awb art. 4:25(2))");
        }

        /**
         * The decision on an eligible candidate given what {@link #amounts} granted it, out of what
         * it could be granted at most ({@code fundable}: its request, or the call's maximum below it).
         */
        Decision decision(AssessmentResult assessment, Money requested, Money fundable, long granted) {
            if (granted == requested.cents()) {
                return Decisions.granted(assessment, pot, requested, fullRule, List.of());
            }
            if (granted == fundable.cents() && granted > 0) {
                return Decisions.granted(assessment, pot, fundable, Text.of(
                    orderName.nl() + "; toegekend tot het maximum per initiatief (" + MoneyFormat.DUTCH.format(fundable) + " van "
                        + MoneyFormat.DUTCH.format(requested) + ")",
                    orderName.en() + "; granted up to the maximum per initiative (" + MoneyFormat.ENGLISH.format(fundable) + " of "
                        + MoneyFormat.ENGLISH.format(requested) + ")"), List.of());
            }
            if (granted > 0) {
                Money part = Money.ofCents(granted);
                return Decisions.granted(assessment, pot, part, Text.of(
                    orderName.nl() + "; deels toegekend (" + MoneyFormat.DUTCH.format(part) + " van " + requested
                        + "): geweigerd voor zover het subsidieplafond zou worden overschreden (Awb art. 4:25 lid 2)",
                    orderName.en() + "; granted in part (" + MoneyFormat.ENGLISH.format(part) + " of " + MoneyFormat.ENGLISH.format(requested)
                        + "): refused to the extent that the ceiling would be exceeded (Awb art. 4:25(2))"), List.of());
            }
            return Decisions.rejected(assessment, NOT_FITTING, ceilingRule);
        }
    }

    /** Rejections for the candidates that are not eligible, each naming why. */
    static List<Decision> rejectIneligible(List<Candidate> candidates) {
        List<Decision> decisions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!candidate.isEligible()) {
                decisions.add(Decisions.rejected(candidate.assessment(), candidate.ineligibility(), INELIGIBLE_RULE));
            }
        }
        return decisions;
    }
}
