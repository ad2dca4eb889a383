package nl.sociaaldomein.atelier.profile.oostgelre.reports;

import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;

/** A review's verdict in the memo's words: "omgezet … in regulier beleid, verlengd, of … gestopt". */
final class Verdicts {

    private Verdicts() {
    }

    static Text label(ReviewVerdict verdict) {
        switch (verdict) {
            case CONTINUE: return new Text("voortzetten", "continue");
            case ADJUST: return new Text("aanpassen", "adjust");
            case EXTEND: return new Text("verlengen", "extend");
            case MAKE_REGULAR: return new Text("omzetten in regulier beleid", "make regular policy");
            default: return new Text("stoppen", "stop");
        }
    }
}
