package nl.sociaaldomein.atelier.profile.oostgelre;

import java.time.Period;
import java.util.List;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.InputFormat;

/**
 * How Oost Gelre keeps its experiments, from the memo "Experimenten Sociaal Domein" of 12 september
 * 2018 (004_09d1d1def8e42fc5.txt): its numbering, its outcome words, its policy plan, its quarterly
 * review, and the register of the memo's table (experiments-2018.yaml).
 */
public final class OostGelreExperiments {

    /** The table mixes plain numbers ("1)") and year-based ones ("14-3"). */
    public static final ExperimentNumbering NUMBERING =
        ExperimentNumbering.anyOf(ExperimentNumbering.plain(")"), ExperimentNumbering.yearBased());

    /** The words of the table's column "succesvol". */
    public static final OutcomeVocabulary VOCABULARY = OutcomeVocabulary.oostGelre2018();

    /** "In 2014 is het beleidsplan 'Samen, voor elkaar' vastgesteld. In 2017 is een vernieuwde versie vastgesteld." */
    public static final PolicyPlan POLICY_PLAN =
        new PolicyPlan("Samen, voor elkaar", PartialDate.ofYear(2014), List.of(PartialDate.ofYear(2017)));

    /**
     * How long after a quarter's end its report may still come before it counts as overdue. An
     * assumption: the memo says "Elk kwartaal" and gives no date by which the report is due.
     */
    public static final Period REVIEW_GRACE = Period.ofMonths(1);

    /** "Elk kwartaal wordt er voor het college een rapportage gemaakt over de experimenten." */
    public static final ReviewCadence CADENCE = ReviewCadence.quarterly(REVIEW_GRACE);

    /** The register of the memo's table, a resource of this module. */
    public static final String REGISTER_2018 = "experiments-2018.yaml";

    private OostGelreExperiments() {
    }

    /** A register file read with Oost Gelre's numbering and outcome words. */
    public static ExperimentRegisterReader reader() {
        return new ExperimentRegisterReader(NUMBERING, VOCABULARY);
    }

    /** The memo's register, exactly as published (19 rows). */
    public static Result<ExperimentRegister> register2018() {
        return reader().forProfileData().read(REGISTER_2018, BundledResource.bytes(OostGelreExperiments.class, REGISTER_2018), InputFormat.YAML);
    }
}
