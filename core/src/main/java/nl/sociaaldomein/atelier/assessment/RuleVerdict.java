package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;

/**
 * What an automatic rule concluded about one initiative, with the reason in words.
 *
 * @param passed whether the initiative passes the rule
 * @param reason why, in words
 */
public record RuleVerdict(boolean passed, Text reason) {

    /**
     * The initiative passes the rule.
     *
     * @param nl the reason in Dutch
     * @param en the reason in English
     * @return the verdict
     */
    public static RuleVerdict pass(String nl, String en) {
        return new RuleVerdict(true, Text.of(nl, en));
    }

    /**
     * The initiative fails the rule.
     *
     * @param nl the reason in Dutch
     * @param en the reason in English
     * @return the verdict
     */
    public static RuleVerdict fail(String nl, String en) {
        return new RuleVerdict(false, Text.of(nl, en));
    }
}
