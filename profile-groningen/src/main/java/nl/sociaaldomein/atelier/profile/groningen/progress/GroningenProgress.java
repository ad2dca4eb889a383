package nl.sociaaldomein.atelier.profile.groningen.progress;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.InputFormat;

/**
 * How Groningen follows its participation projects and pilots (003_8cbc039ce30155df.txt): "Voor
 * al onze projecten geldt, dat we ze nauwlettend volgen. Tussentijds en aan het einde van de rit
 * bekijken we hoe een project ervoor staat". The register of the letter's projects is
 * {@code meedoen-2017.yaml}; its comments say what the source gives and what it does not.
 */
public final class GroningenProgress {

    /** The annex numbers its examples "1. Ondernemend Zuid", "2. Saaksumborg", …. */
    public static final ExperimentNumbering NUMBERING = ExperimentNumbering.plain(".");

    /** The register's status words; the letter has no status column, so these are the project's. */
    public static final OutcomeVocabulary VOCABULARY = OutcomeVocabulary.of(vocabulary());

    /**
     * How long after a half-year's end (or a project's end) its review may come before it counts as
     * late. An assumption: the letter names the half-year P&amp;C cycle (000_…: "halfjaarrapportage")
     * but no deadline; three months leaves room for the half-year report.
     */
    public static final Period REVIEW_GRACE = Period.ofMonths(3);

    /** Half-year ends while a project runs, and its end ("tussentijds en aan het einde van de rit"). */
    public static final ReviewCadence CADENCE = ReviewCadence.halfYearlyAndAtEnd(REVIEW_GRACE);

    static final String REGISTER_2017 = "/nl/sociaaldomein/atelier/profile/groningen/meedoen-2017.yaml";

    private GroningenProgress() {
    }

    public static ExperimentRegisterReader reader() {
        return new ExperimentRegisterReader(NUMBERING, VOCABULARY);
    }

    /** The projects of the letter on meedoen (early 2017), read from the profile's resource. */
    public static Result<ExperimentRegister> register2017() {
        return reader().forProfileData().read("meedoen-2017.yaml", BundledResource.bytes(GroningenProgress.class, REGISTER_2017), InputFormat.YAML);
    }

    private static Map<String, ExperimentState> vocabulary() {
        Map<String, ExperimentState> words = new LinkedHashMap<>();
        words.put("In opbouw", ExperimentState.IN_PREPARATION);
        words.put("Loopt", ExperimentState.RUNNING);
        words.put("Pilot loopt", ExperimentState.RUNNING);
        words.put("Verlengd", ExperimentState.EXTENDED);
        words.put("Pilotfase afgerond, wordt voortgezet", ExperimentState.MADE_REGULAR);
        words.put("Afgerond", ExperimentState.COMPLETED);
        // "De uitkomst kan dus ook zijn dat we afscheid van elkaar nemen."
        words.put("Gestopt", ExperimentState.STOPPED);
        return words;
    }
}
