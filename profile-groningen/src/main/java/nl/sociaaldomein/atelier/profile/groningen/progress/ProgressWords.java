package nl.sociaaldomein.atelier.profile.groningen.progress;

import nl.sociaaldomein.atelier.text.Text;
import java.math.BigDecimal;
import java.util.Locale;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;

/** The words of the half-year report, Dutch and English. */
final class ProgressWords {

    /** "in hoeverre het wenselijk is om een project al dan niet voort te zetten of aan te passen. De uitkomst kan dus ook zijn dat we afscheid van elkaar nemen." */
    static final Text DECISIONS = new Text("voortzetten / aanpassen / stoppen", "continue / adjust / stop");

    static final Text NOT_GIVEN = new Text("niet vermeld in de bron", "not stated in the source");

    private ProgressWords() {
    }

    static String in(Locale locale, String dutch, String english) {
        return new Text(dutch, english).in(locale);
    }

    static Text state(ExperimentState state) {
        switch (state) {
            case IN_PREPARATION: return new Text("in voorbereiding", "in preparation");
            case RUNNING: return new Text("loopt", "running");
            case EXTENDED: return new Text("verlengd", "extended");
            case BECOMING_REGULAR: return new Text("wordt regulier", "becoming regular");
            case STOPPED: return new Text("gestopt", "stopped");
            case COMPLETED: return new Text("afgerond", "completed");
            case MADE_REGULAR: return new Text("regulier voortgezet", "made regular");
            default: return new Text("opgesplitst", "split");
        }
    }

    static Text verdict(ReviewVerdict verdict) {
        switch (verdict) {
            case CONTINUE: return new Text("voortzetten", "continue");
            case ADJUST: return new Text("aanpassen", "adjust");
            case EXTEND: return new Text("verlengen", "extend");
            case MAKE_REGULAR: return new Text("regulier maken", "make regular");
            default: return new Text("stoppen", "stop");
        }
    }

    static Text onTrack(OnTrack.Verdict verdict) {
        switch (verdict) {
            case ON_TRACK: return new Text("op schema", "on track");
            case BEHIND: return new Text("achter op schema", "behind");
            default: return new Text("niet gemeten", "not measured");
        }
    }

    /** A decimal with the language's decimal sign: {@code 18,63} / {@code 18.63}. */
    static String decimal(BigDecimal value, Locale locale) {
        String plain = value.toPlainString();
        return Text.isEnglish(locale) ? plain : plain.replace('.', ',');
    }
}
