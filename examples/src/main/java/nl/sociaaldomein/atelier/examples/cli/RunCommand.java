package nl.sociaaldomein.atelier.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier run FILE --profile ID}: assess, decide and allocate as the profile prescribes; print the reports. */
@Command(name = "run", description = {
    "Run a round or experiment-register file through a municipality profile and print its reports.",
    "A round is assessed, decided and allocated as the profile prescribes (recorded decisions win) and posted to a ledger:",
    "a fresh one in memory, or with --store the ledger kept there."})
final class RunCommand implements Runnable {

    private final Components components;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The round or experiment-register file (JSON or YAML).")
    Path file;

    @Option(names = "--profile", paramLabel = "ID", required = true, description = "The municipality profile (see 'atelier profiles').")
    String profile;

    @Option(names = "--thresholds", paramLabel = "FILE",
        description = "Override the profile's thresholds with this YAML or JSON file (see docs/profiles.md).")
    Path thresholds;

    @Mixin
    ProfileOptions profiles;

    @Mixin
    OutputOptions output;

    @Mixin
    StoreOptions store;

    RunCommand(Components components) {
        this.components = components;
    }

    @Override
    public void run() {
        output.check();
        LoadedProfile loaded = LoadedProfile.forOption(profiles.catalogue(), profile, Optional.ofNullable(thresholds), spec);
        output.alsoReads(Optional.ofNullable(thresholds));
        output.refuseStore(store.file());
        KeptRuns.run(store, file.toString(), spec.commandLine().getErr(), ledgers -> Pipeline.run(components, InputSource.file(file),
            loaded, output.reports(), output.asOfDate(), output, spec.commandLine().getOut(), spec.commandLine().getErr(), ledgers));
    }
}
