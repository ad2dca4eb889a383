package nl.sociaaldomein.atelier.examples.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** What every {@code atelier round …} command shares besides the store: which round, and where third-party profiles are. */
final class RoundOptions {

    @Option(names = "--call", paramLabel = "ID", description = "The round's call id (needed when the store keeps several rounds).")
    String call;

    @Option(names = "--profiles", paramLabel = "DIR", description = "A folder of third-party profiles (as for 'atelier run').")
    java.nio.file.Path profiles;

    Optional<String> call() {
        return Optional.ofNullable(call);
    }

    ProfileCatalogue catalogue() {
        return ProfileCatalogue.of(Optional.ofNullable(profiles), Optional.of(ProfileCatalogue.DEFAULT_FOLDER));
    }
}
