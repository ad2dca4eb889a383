package nl.sociaaldomein.atelier.examples.cli;

import com.google.inject.Injector;
import com.google.inject.Key;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.ThresholdOverrideFile;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.ProfileException;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A profile loaded by id, with what the app asks of it. An unknown id or a wrong thresholds file is the user's mistake. */
final class LoadedProfile {

    private final MunicipalityProfile profile;
    private final Injector injector;

    private LoadedProfile(MunicipalityProfile profile, Injector injector) {
        this.profile = profile;
        this.injector = injector;
    }

    /** A built-in profile with its own thresholds. @throws BadInputException when no profile has this id */
    static LoadedProfile load(String id) {
        return load(ProfileCatalogue.builtIn(), id, Optional.empty());
    }

    /**
     * A profile of the catalogue, its thresholds overridden by {@code thresholdsFile} when given
     * (docs/profiles.md, "Overriding thresholds without code").
     *
     * @throws BadInputException when no profile has this id, or the thresholds file has problems (all of them, each with its place)
     */
    static LoadedProfile load(ProfileCatalogue catalogue, String id, Optional<Path> thresholdsFile) {
        MunicipalityProfile profile = catalogue.find(id).profile();
        try {
            ThresholdOverrides overrides = ThresholdOverrides.none();
            if (thresholdsFile.isPresent()) {
                Thresholds own = Profiles.load(profile, ThresholdOverrides.none()).getInstance(Thresholds.class);
                overrides = Dossiers.orProblems(thresholdsFile.get().toString(), ThresholdOverrideFile.read(thresholdsFile.get(), id, own));
            }
            return new LoadedProfile(profile, Profiles.load(profile, overrides));
        } catch (ProfileException e) {
            // A profile that does not load is a fault of the profile, not of the user's file.
            throw new IllegalStateException("profile '" + id + "' does not load: " + e.getMessage(), e);
        }
    }

    /**
     * The profile a {@code --profile} option names: a blank or unknown id is a mistake on the
     * command line (exit code 2, listing the ids there are), not in the file; a thresholds file
     * with problems is bad input (exit 1), as any file is.
     */
    static LoadedProfile forOption(ProfileCatalogue catalogue, String id, Optional<Path> thresholdsFile, CommandSpec spec) {
        if (id.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--profile needs a profile id, one of: "
                + String.join(", ", catalogue.entries().keySet()) + " (see 'atelier profiles')");
        }
        try {
            catalogue.find(id);
        } catch (BadInputException unknown) {
            throw new ParameterException(spec.commandLine(), "--profile: " + String.join("; ", unknown.problems())
                .replaceFirst("^atelier: ", ""));
        }
        return load(catalogue, id, thresholdsFile);
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
