package nl.sociaaldomein.atelier.examples.web;

import java.util.Map;

/**
 * What a user sends to the trial round (from a form or as JSON); every field is text, checked by
 * {@link TrialDesk} with every mistake named at once. Dates are {@code 01-07-2016} or
 * {@code 2016-07-01}; amounts {@code 5000}, {@code 5000.50} or {@code € 5.000,50}.
 */
public final class TrialInput {

    private TrialInput() {
    }

    /** An application: {@code applicantKind} is {@code organisation} or {@code natural-person} (shown as "Particulier"). */
    public record Submission(String title, String applicant, String applicantKind, String amount, String date, String description) {
    }

    /** One assessor's scores, per criterion of the framework. */
    public record Scores(String assessor, Map<String, Integer> scores, String date) {
    }

    /** Closes assessment on {@code date}: scores are final, decisions may be taken. */
    public record Closing(String date) {
    }

    /** A decision: {@code granted} (with an amount) or {@code rejected}, with its motivation. */
    public record Decision(String decision, String amount, String date, String motivation) {
    }

    /** An objection (bezwaar) against the decision in force. */
    public record Objection(String grounds, String date) {
    }

    /**
     * The decision on an objection: {@code upheld} (with the new {@code decision} and {@code amount})
     * or {@code rejected} (the decision stands), with its motivation.
     */
    public record ObjectionDecision(String outcome, String decision, String amount, String date, String motivation) {
    }
}
