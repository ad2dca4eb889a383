package nl.sociaaldomein.atelier.call;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.assessment.Verdict;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;

/**
 * An initiative awaiting a decision in a round, with its assessment, its time of receipt (for
 * first come, first served and for ties) and, if the call bars it outside the criteria (funded
 * before under one-off support, or an intake channel the call does not take), why.
 *
 * @param initiative the initiative
 * @param assessment its assessment under the call's framework
 * @param receivedAt when it was received, for first come, first served and ties
 * @param barred     why the call bars it outside the criteria; empty when it does not
 * @param maximum    the most a policy may grant it: the call's maximum when the call grants at most that, else the request
 */
public record Candidate(Initiative initiative, AssessmentResult assessment, LocalDateTime receivedAt, Optional<Text> barred,
                        Money maximum) {

    /**
     * Checks that no component is missing.
     *
     * @param initiative the initiative
     * @param assessment its assessment under the call's framework
     * @param receivedAt when it was received, for first come, first served and ties
     * @param barred     why the call bars it outside the criteria; empty when it does not
     * @param maximum    the most a policy may grant it: the call's maximum when the call grants at most that, else the request
     */
    public Candidate {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(barred, "barred");
        Objects.requireNonNull(maximum, "maximum");
    }

    /**
     * A candidate that may be granted up to its full request.
     *
     * @param initiative the initiative
     * @param assessment its assessment under the call's framework
     * @param receivedAt when it was received
     * @param barred     why the call bars it outside the criteria; empty when it does not
     */
    public Candidate(Initiative initiative, AssessmentResult assessment, LocalDateTime receivedAt, Optional<Text> barred) {
        this(initiative, assessment, receivedAt, barred, initiative.requestedAmount().orElse(Money.ZERO));
    }

    /** {@return the initiative's id} */
    public String id() {
        return initiative.id();
    }

    /** {@return what the initiative asks for; zero when it asks for no money} */
    public Money requested() {
        return initiative.requestedAmount().orElse(Money.ZERO);
    }

    /**
     * The most a policy may grant: the request, or the call's maximum when the request is larger and the call
     * grants at most the maximum ({@link AboveMaximum#GRANT_MAXIMUM}).
     *
     * @return the amount
     */
    public Money fundable() {
        Money requested = requested();
        return requested.isGreaterThan(maximum) ? maximum : requested;
    }

    /** {@return whether the candidate is assessed as eligible, not barred, and asking for money} */
    public boolean isEligible() {
        return barred.isEmpty() && assessment.isEligible() && requested().isPositive();
    }

    /** {@return why not eligible: every failed or missing criterion, the bar, or the empty request} */
    public List<Text> ineligibility() {
        List<Text> reasons = new ArrayList<>();
        barred.ifPresent(reasons::add);
        List<nl.sociaaldomein.atelier.assessment.Criterion> criteria = assessment.framework().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            // Only a failed or missing criterion is spelled out (a call may reject a million).
            Verdict verdict = assessment.verdict(i);
            if (verdict != Verdict.FAILED && verdict != Verdict.NOT_ASSESSED) {
                continue;
            }
            CriterionResult r = assessment.criterionResult(i);
            if (r.verdict() == Verdict.FAILED) {
                reasons.add(Text.of("voldoet niet aan: " + r.criterion().label().nl() + " (" + r.explanation().nl() + ")",
                    "does not meet: " + r.criterion().label().en() + " (" + r.explanation().en() + ")"));
            } else if (r.verdict() == Verdict.NOT_ASSESSED && r.criterion().kind() != nl.sociaaldomein.atelier.assessment.CriterionKind.INFORMATIONAL) {
                reasons.add(Text.of("niet beoordeeld op: " + r.criterion().label().nl(), "not assessed on: " + r.criterion().label().en()));
            }
        }
        if (reasons.isEmpty() && !assessment.isEligible()) {
            reasons.add(Text.of("totaalscore onder het minimum van het kader", "total score below the framework's minimum"));
        }
        if (!requested().isPositive()) {
            reasons.add(Text.of("er is geen bedrag gevraagd", "no amount was requested"));
        }
        return reasons;
    }
}
