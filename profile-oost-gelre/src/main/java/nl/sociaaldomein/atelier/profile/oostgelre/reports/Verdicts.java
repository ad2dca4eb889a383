package nl.sociaaldomein.atelier.profile.oostgelre.reports;

import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.profile.Label;

/** A review's verdict in the memo's words: "omgezet … in regulier beleid, verlengd, of … gestopt". */
final class Verdicts {

    private Verdicts() {
    }

    static Label label(ReviewVerdict verdict) {
        switch (verdict) {
            case CONTINUE: return new Label("voortzetten", "continue");
            case ADJUST: return new Label("aanpassen", "adjust");
            case EXTEND: return new Label("verlengen", "extend");
            case MAKE_REGULAR: return new Label("omzetten in regulier beleid", "make regular policy");
            default: return new Label("stoppen", "stop");
        }
    }
}
