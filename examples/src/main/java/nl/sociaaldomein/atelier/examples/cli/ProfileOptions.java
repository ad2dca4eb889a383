package nl.sociaaldomein.atelier.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --profiles DIR}: where the commands find third-party profiles besides the built-in ones. */
final class ProfileOptions {

    @Option(names = "--profiles", paramLabel = "DIR",
        description = "A folder of third-party profiles: a jar each, or a sub-folder each with the profile's jar and its dependencies "
            + "(default: ~/.atelier/profiles when it exists).")
    Path folder;

    ProfileCatalogue catalogue() {
        return ProfileCatalogue.of(Optional.ofNullable(folder), Optional.of(ProfileCatalogue.DEFAULT_FOLDER));
    }
}
