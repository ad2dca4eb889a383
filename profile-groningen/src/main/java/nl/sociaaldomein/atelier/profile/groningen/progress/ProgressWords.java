package nl.sociaaldomein.atelier.profile.groningen.progress;

import java.math.BigDecimal;
import java.util.Locale;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.profile.Label;

/** The words of the half-year report, Dutch and English. */
final class ProgressWords {

    /** "in hoeverre het wenselijk is om een project al dan niet voort te zetten of aan te passen. De uitkomst kan dus ook zijn dat we afscheid van elkaar nemen." */
    static final Label DECISIONS = new Label("voortzetten / aanpassen / stoppen", "continue / adjust / stop");

    static final Label NOT_GIVEN = new Label("niet vermeld in de bron", "not stated in the source");

    private ProgressWords() {
    }

    static String in(Locale locale, String dutch, String english) {
        return new Label(dutch, english).in(locale);
    }

    static Label state(ExperimentState state) {
        switch (state) {
            case IN_PREPARATION: return new Label("in voorbereiding", "in preparation");
            case RUNNING: return new Label("loopt", "running");
            case EXTENDED: return new Label("verlengd", "extended");
            case BECOMING_REGULAR: return new Label("wordt regulier", "becoming regular");
            case STOPPED: return new Label("gestopt", "stopped");
            case COMPLETED: return new Label("afgerond", "completed");
            case MADE_REGULAR: return new Label("regulier voortgezet", "made regular");
            default: return new Label("opgesplitst", "split");
        }
    }

    static Label verdict(ReviewVerdict verdict) {
        switch (verdict) {
            case CONTINUE: return new Label("voortzetten", "continue");
            case ADJUST: return new Label("aanpassen", "adjust");
            case EXTEND: return new Label("verlengen", "extend");
            case MAKE_REGULAR: return new Label("regulier maken", "make regular");
            default: return new Label("stoppen", "stop");
        }
    }

    static Label onTrack(OnTrack.Verdict verdict) {
        switch (verdict) {
            case ON_TRACK: return new Label("op schema", "on track");
            case BEHIND: return new Label("achter op schema", "behind");
            default: return new Label("niet gemeten", "not measured");
        }
    }

    /** A decimal with the language's decimal sign: {@code 18,63} / {@code 18.63}. */
    static String decimal(BigDecimal value, Locale locale) {
        String plain = value.toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
}
