package nl.sociaaldomein.atelier.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every {@code atelier experiment …} command shares besides the store: which register, and where third-party profiles are. */
final class ExperimentOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--register", paramLabel = "ID", defaultValue = KeptRegister.DEFAULT_ID,
        description = "Which register of the store (default: ${DEFAULT-VALUE}).")
    String register;

    @Option(names = "--profiles", paramLabel = "DIR", description = "A folder of third-party profiles (as for 'atelier run').")
    Path profiles;

    String register() {
        if (register.isBlank() || register.length() > 200 || register.chars().anyMatch(Character::isISOControl)) {
            throw new ParameterException(spec.commandLine(), "--register needs a name of 1 to 200 characters without control characters");
        }
        return register;
    }

    ProfileCatalogue catalogue() {
        return ProfileCatalogue.of(Optional.ofNullable(profiles), Optional.of(ProfileCatalogue.DEFAULT_FOLDER));
    }
}
