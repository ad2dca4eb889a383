package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;

/** The result on one criterion. */
public enum Verdict {
    /** The initiative meets the criterion ("voldoet"). */
    PASSED(Text.of("voldoet", "passes")),
    /** The initiative does not meet the criterion ("voldoet niet"). */
    FAILED(Text.of("voldoet niet", "does not pass")),
    /** Informational: recorded, never decides. */
    RECORDED(Text.of("ter informatie", "for information")),
    /** No score or judgement was recorded for this criterion. */
    NOT_ASSESSED(Text.of("niet (afzonderlijk) beoordeeld", "not assessed (separately)"));

    private final Text label;

    Verdict(Text label) {
        this.label = label;
    }

    /** {@return the verdict in Dutch and English, as a motivation writes it} */
    public Text label() {
        return label;
    }
}
