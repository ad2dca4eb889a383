package nl.sociaaldomein.atelier.examples.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ReviewDue;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.profile.groningen.GroningenRound2016;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterScript;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.spring.autoconfigure.RegisterCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Groningen's experiments register (the projects of the meedoen letter of early 2017 that the
 * letter dates), kept as commands through the starter's {@link RegisterCommands} in the journal
 * the ledger keeps: at first start the shipped register file is entered as the commands that make
 * it ({@link RegisterScript}), later starts rebuild it from the journal. Then a user registers an
 * experiment, measures a KPI, records a review and steps an experiment through its lifecycle.
 * The input is checked first (every mistake named at once, with its field), then the register
 * checks the command against what it has recorded; a refusal is a {@link ProblemException} with
 * the register's stable code ({@code register.transition-refused}) and nothing is recorded.
 *
 * <p>The register speaks, from the sources, for its report date (31-03-2017): a command here is
 * dated after it, so the register as of that day, and the reports made of it, stay as the sources
 * give them.
 */
@Service
public class ExperimentsDesk {

    static final String RESOURCE = "meedoen-2017.yaml";
    static final String REGISTER_ID = "groningen-meedoen-2017";
    private static final String FIRST_START = "atelier-web";
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentsDesk.class);
    private static final JsonExperimentEventCodec TYPES = new JsonExperimentEventCodec();

    private final LoadedProfile profile;
    private final RegisterCommands registers;
    private final RegisterService service;
    private final LocalDate reportDate;
    private final ExperimentCommandReader reader;

    public ExperimentsDesk(LoadedProfile profile, RegisterCommands registers) {
        this.profile = profile;
        this.registers = registers;
        ExperimentRegisterReader registerReader = profile.registerReader().orElseThrow(() -> new IllegalStateException(
            "profile " + profile.id() + " does not say how its experiment register is worded"));
        ExperimentRegister shipped = registerReader.forProfileData().read(RESOURCE, BundledResource.bytes(GroningenRound2016.class, RESOURCE), InputFormat.YAML)
            .toEither().getOrElseThrow(problems -> new IllegalStateException("the shipped " + RESOURCE + " does not read: " + problems));
        this.reportDate = shipped.reportDate().orElseThrow();
        this.reader = new ExperimentCommandReader(profile.experimentNumbering(), reportDate);
        RegisterSetup setup = new RegisterSetup(REGISTER_ID, shipped.source(), shipped.yearColumns(), shipped.provenance());
        this.service = registers.register(setup);
        if (service.events().isEmpty()) {
            List<RegisterCommand> script = RegisterScript.of(shipped, FIRST_START);
            // Tried on an empty register in memory first, so that a file the register refuses leaves no half-entered register behind.
            RegisterCommands dryRun = new RegisterCommands(new InMemoryJournal(), Clock.systemUTC());
            RegisterService empty = dryRun.register(setup);
            script.forEach(command -> dryRun.handle(empty, command));
            script.forEach(command -> registers.handle(service, command));
            LOG.info("first start: the experiments register {} is entered from {} ({} commands)", REGISTER_ID, RESOURCE, script.size());
        }
    }

    /** What a command recorded: the register, the experiment it concerns, its events' types and when. */
    public record Done(String registerId, String number, List<String> events, Instant recordedAt) {
    }

    /** The register as of the end of {@code day}, as known now. */
    public ExperimentRegister registerOn(LocalDate day) {
        return service.register(day, null);
    }

    /** The day the sources' register speaks for: its report date. */
    public LocalDate reportDate() {
        return reportDate;
    }

    /** The day the register is shown for unless another is asked: the latest of its report date and the days recorded since. */
    public LocalDate latestDay() {
        LocalDate latest = reportDate;
        for (Recorded<ExperimentEvent> r : service.events()) {
            Optional<LocalDate> on = r.event().stamp().on();
            if (on.isPresent() && on.get().isAfter(latest)) {
                latest = on.get();
            }
        }
        return latest;
    }

    public List<Experiment> experiments(LocalDate day) {
        return registerOn(day).experiments();
    }

    public List<ReviewDue> reviewsDue(LocalDate day) {
        return registerOn(day).reviewsDue(day, profile.reviewCadence());
    }

    public String number(Experiment experiment) {
        return profile.experimentNumbering().format(experiment.number());
    }

    /** The register's dossier for the reports, as of {@code asOf}. */
    public Dossier dossier(LocalDate asOf) {
        ExperimentRegister register = registerOn(asOf);
        return Dossier.builder()
            .provenance(register.provenance())
            .municipality(profile.municipality())
            .source(register.source().file() + ": \"" + register.source().quote() + "\"")
            .asOf(asOf)
            .register(register)
            .build();
    }

    /** Enters an experiment as planned. */
    public Done register(ExperimentInput.Registration in, String actor) {
        RegisterCommand.Register command = reader.registration(in, actor);
        return done(command.experiment().number(), command);
    }

    public Done measure(String numberText, ExperimentInput.Measurement in, String actor) {
        ExperimentNumber number = known(numberText);
        return done(number, reader.measurement(number, in, actor));
    }

    public Done review(String numberText, ExperimentInput.Review in, String actor) {
        ExperimentNumber number = known(numberText);
        return done(number, reader.review(number, in, actor));
    }

    public Done step(String numberText, ExperimentInput.Step in, String actor) {
        ExperimentNumber number = known(numberText);
        return done(number, reader.step(number, in, actor));
    }

    public Done correct(String numberText, ExperimentInput.Correction in, String actor) {
        ExperimentNumber number = known(numberText);
        return done(number, reader.correction(number, in, actor));
    }

    private Done done(ExperimentNumber number, RegisterCommand command) {
        List<Recorded<ExperimentEvent>> recorded = registers.handle(service, command);
        return new Done(REGISTER_ID, profile.experimentNumbering().format(number), recorded.stream().map(r -> TYPES.type(r.event())).toList(),
            recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).recordedAt());
    }

    /** The experiment named in a request: a number that does not read in the profile's scheme names no experiment here (404). */
    private ExperimentNumber known(String text) {
        String given = text == null ? "" : text.strip();
        return profile.experimentNumbering().parse(given).fold(why -> {
            throw new ProblemException(List.of(Problem.notFound("register.unknown-experiment", Place.about("experiment", given),
                "experiment '" + given + "' staat niet in register " + REGISTER_ID, "experiment '" + given + "' is not in register " + REGISTER_ID)));
        }, number -> number);
    }

}
