package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atelier profiles}: the municipality profiles the app can run, and where each came from. */
@Command(name = "profiles", description = {"List the municipality profiles: id, name, CBS code, and where each came from",
    "(built in, or the jar or folder of the profiles folder)."})
final class ProfilesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profiles;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-14s %-24s %-9s %s%n", "id", "name", "CBS code", "from");
        for (ProfileCatalogue.Entry entry : profiles.catalogue().entries().values()) {
            MunicipalityProfile profile = entry.profile();
            out.printf("%-14s %-24s %-9s %s%n", profile.id(), profile.displayName(), profile.cbsCode().value(), entry.origin());
        }
        out.flush();
    }
}
