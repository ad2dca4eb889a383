package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;

/** What an automatic rule concluded about one initiative, with the reason in words. */
public record RuleVerdict(boolean passed, Text reason) {

    public static RuleVerdict pass(String nl, String en) {
        return new RuleVerdict(true, Text.of(nl, en));
    }

    public static RuleVerdict fail(String nl, String en) {
        return new RuleVerdict(false, Text.of(nl, en));
    }
}
