package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atelier profiles}: the municipality profiles on the classpath. */
@Command(name = "profiles", description = "List the municipality profiles found on the classpath: id, name, CBS code.")
final class ProfilesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-14s %-24s %s%n", "id", "name", "CBS code");
        for (String id : Profiles.available()) {
            MunicipalityProfile profile = Profiles.find(id);
            out.printf("%-14s %-24s %s%n", id, profile.displayName(), profile.cbsCode().value());
        }
        out.flush();
    }
}
