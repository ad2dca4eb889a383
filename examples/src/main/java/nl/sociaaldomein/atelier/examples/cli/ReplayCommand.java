package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier replay SCENARIO}: a bundled scenario, printed as the municipality published it. */
@Command(name = "replay", description = {
    "Replay a bundled scenario from the source documents and print its reports.",
    "'atelier replay --list' names the scenarios. With --store, the scenario's round is posted to the kept ledger "
        + "(once: replaying it again changes nothing)."})
final class ReplayCommand implements Runnable {

    private final Components components;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "The scenario id, e.g. groningen-2016.")
    String scenario;

    @Option(names = "--list", description = "List the scenarios: id, title, source file.")
    boolean list;

    @Mixin
    OutputOptions output;

    @Mixin
    StoreOptions store;

    ReplayCommand(Components components) {
        this.components = components;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (list && scenario != null) {
            throw new ParameterException(spec.commandLine(), "--list lists every scenario; leave out '" + scenario + "'");
        }
        if (list) {
            for (Scenario s : components.scenarios().all()) {
                out.printf("%-24s %s (%s)%n", s.id(), s.title(), s.sourceFile());
            }
            out.flush();
            return;
        }
        if (scenario == null) {
            throw new ParameterException(spec.commandLine(), "name a scenario, or use --list to see them");
        }
        output.check();
        Scenario chosen = components.scenarios().find(scenario);
        LoadedProfile profile = LoadedProfile.load(chosen.profile());
        List<String> reports = output.reports().isEmpty() ? chosen.reports() : output.reports();
        output.refuseStore(store.file());
        KeptRuns.run(store, chosen.id(), spec.commandLine().getErr(), ledgers -> Pipeline.run(components,
            InputSource.resource(chosen.data()), profile, reports, output.asOfDate().or(() -> Optional.of(chosen.asOf())), output,
            out, spec.commandLine().getErr(), ledgers));
    }
}
