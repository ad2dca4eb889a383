package nl.sociaaldomein.atelier.examples.web;

/**
 * A payment on a grant as a form or a JSON body gives it: every field is text, so that each
 * mistake is named as the user typed it, not lost in a binding error.
 *
 * @param amount euros: {@code 5000}, {@code 5000.50} or {@code € 5.000,50}
 * @param date   the effective day, ISO ({@code 2016-07-01}) or Dutch ({@code 01-07-2016})
 * @param reason why, in the user's words (shown on the budget page, escaped)
 * @param id     optional: the entry's id, so that a retried request posts once
 */
public record Payment(String amount, String date, String reason, String id) {
}
