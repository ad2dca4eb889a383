package nl.sociaaldomein.atelier.examples.cli;

import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.ProfileException;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.UnknownProfileException;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A profile loaded by id, with what the app asks of it. An unknown id is the user's mistake. */
final class LoadedProfile {

    private final MunicipalityProfile profile;
    private final Injector injector;

    private LoadedProfile(MunicipalityProfile profile, Injector injector) {
        this.profile = profile;
        this.injector = injector;
    }

    /** @throws BadInputException when no profile has this id (the message lists the ids there are) */
    static LoadedProfile load(String id) {
        try {
            MunicipalityProfile profile = Profiles.find(id);
            return new LoadedProfile(profile, Profiles.load(profile, ThresholdOverrides.none()));
        } catch (UnknownProfileException e) {
            throw new BadInputException("atelier: " + e.getMessage());
        } catch (ProfileException e) {
            // A profile that does not load is a fault of the profile, not of the user's file.
            throw new IllegalStateException("profile '" + id + "' does not load: " + e.getMessage(), e);
        }
    }

    /**
     * The profile a {@code --profile} option names: a blank or unknown id is a mistake on the
     * command line (exit code 2, listing the ids there are), not in the file.
     */
    static LoadedProfile forOption(String id, CommandSpec spec) {
        if (id.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--profile needs a profile id, one of: "
                + String.join(", ", Profiles.available()) + " (see 'atelier profiles')");
        }
        try {
            return load(id);
        } catch (BadInputException unknown) {
            throw new ParameterException(spec.commandLine(), "--profile: " + String.join("; ", unknown.problems())
                .replaceFirst("^atelier: ", ""));
        }
    }

    MunicipalityProfile profile() {
        return profile;
    }

    /** The profile's report formats by id, sorted. */
    Map<String, ReportFormat> formats() {
        return new TreeMap<>(injector.getInstance(ProfileContract.named(ReportFormat.class)));
    }

    <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    <T> Optional<T> optional(Class<T> type) {
        return injector.getInstance(ProfileContract.optional(type));
    }

    /** The named services of a type, e.g. criteria frameworks by id. */
    <T> Map<String, T> named(Class<T> type) {
        return injector.getInstance(ProfileContract.named(type));
    }

    /**
     * A reader for this municipality's experiment register: its numbering and outcome words. Empty
     * when the profile does not say which outcome words its register uses.
     */
    Optional<ExperimentRegisterReader> registerReader() {
        if (injector.getExistingBinding(Key.get(OutcomeVocabulary.class)) == null) {
            return Optional.empty();
        }
        return Optional.of(new ExperimentRegisterReader(instance(ExperimentNumbering.class), instance(OutcomeVocabulary.class)));
    }
}
