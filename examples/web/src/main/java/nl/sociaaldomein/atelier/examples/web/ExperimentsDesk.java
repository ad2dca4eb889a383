package nl.sociaaldomein.atelier.examples.web;

import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ReviewDue;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.profile.groningen.GroningenRound2016;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.springframework.stereotype.Service;

/**
 * Groningen's experiments register as the profile ships it (the projects of the meedoen letter of
 * early 2017 that the letter dates), with the reviews due on a day by the profile's cadence.
 */
@Service
public class ExperimentsDesk {

    static final String RESOURCE = "meedoen-2017.yaml";

    private final LoadedProfile profile;
    private final ExperimentRegister register;

    public ExperimentsDesk(LoadedProfile profile) {
        this.profile = profile;
        ExperimentRegisterReader reader = profile.registerReader().orElseThrow(() -> new IllegalStateException(
            "profile " + profile.id() + " does not say how its experiment register is worded"));
        this.register = reader.forProfileData().read(RESOURCE, BundledResource.bytes(GroningenRound2016.class, RESOURCE), InputFormat.YAML)
            .getOrElseThrow(problems -> new IllegalStateException("the shipped " + RESOURCE + " does not read: " + problems));
    }

    public ExperimentRegister register() {
        return register;
    }

    /** The day the register speaks for: its report date. */
    public LocalDate reportDate() {
        return register.reportDate().orElseThrow();
    }

    public List<Experiment> experiments() {
        return register.experiments();
    }

    public List<ReviewDue> reviewsDue(LocalDate day) {
        return register.reviewsDue(day, profile.reviewCadence());
    }

    public String number(Experiment experiment) {
        return profile.experimentNumbering().format(experiment.number());
    }

    public Dossier dossier(LocalDate asOf) {
        return Dossier.builder()
            .provenance(register.provenance())
            .municipality(profile.municipality())
            .source(register.source().file() + ": \"" + register.source().quote() + "\"")
            .asOf(asOf)
            .register(register)
            .build();
    }
}
