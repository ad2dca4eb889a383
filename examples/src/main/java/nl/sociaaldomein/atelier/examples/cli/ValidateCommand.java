package nl.sociaaldomein.atelier.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier validate FILE}: checks a file and lists every problem with its place. */
@Command(name = "validate", description = {
    "Check a portfolio, round or experiment-register file (JSON or YAML) and list every problem with file:line:column and path.",
    "With --profile, everything 'run' checks. Exit 0 when valid, 1 when not."})
final class ValidateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to check.")
    Path file;

    @Option(names = "--profile", paramLabel = "ID", description = {
        "The municipality profile (see 'atelier profiles'): a register is read with its numbering and outcome words,",
        "and a round is checked as 'run' checks it (the profile's rules, the ledger's ceilings, the main reports) without printing anything."})
    String profile;

    @Option(names = "--thresholds", paramLabel = "FILE",
        description = "Also check this threshold override file against the profile (needs --profile).")
    Path thresholds;

    @Mixin
    ProfileOptions profiles;

    @Mixin
    MessageLanguage language;

    @Override
    public void run() {
        language.locale();
        if (thresholds != null && profile == null) {
            throw new ParameterException(spec.commandLine(), "--thresholds overrides a profile's thresholds; name the profile with --profile");
        }
        Optional<LoadedProfile> loaded = Optional.ofNullable(profile)
            .map(id -> LoadedProfile.forOption(profiles.catalogue(), id, Optional.ofNullable(thresholds), spec));
        InputSource source = InputSource.file(file);
        InputSource.Parsed parsed = Dossiers.orProblems(source.name(), source.parse());
        String summary = Dossiers.validate(parsed, loaded);
        spec.commandLine().getOut().println(Printable.escaped(summary));
        spec.commandLine().getOut().flush();
    }
}
