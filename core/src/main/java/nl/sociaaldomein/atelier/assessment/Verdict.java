package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;

/** The result on one criterion. */
public enum Verdict {
    PASSED(Text.of("voldoet", "passes")),
    FAILED(Text.of("voldoet niet", "does not pass")),
    /** Informational: recorded, never decides. */
    RECORDED(Text.of("ter informatie", "for information")),
    /** No score or judgement was recorded for this criterion. */
    NOT_ASSESSED(Text.of("niet (afzonderlijk) beoordeeld", "not assessed (separately)"));

    private final Text label;

    Verdict(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
