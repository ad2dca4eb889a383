package nl.sociaaldomein.atelier.examples.cli;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.InputProblem;
import nl.sociaaldomein.atelier.io.PortfolioReader;
import nl.sociaaldomein.atelier.reporting.Dossier;

/**
 * From a parsed file to what reports are made of: reads it by its kind, runs what the profile
 * prescribes, and gathers a {@link Dossier}. Every problem with the file becomes a
 * {@link BadInputException} listing them all with their locations.
 */
final class Dossiers {

    private Dossiers() {
    }

    /** Checks a file without running anything; returns a one-line summary of what it holds. */
    static String validate(InputSource.Parsed parsed, Optional<LoadedProfile> profile) {
        String name = parsed.source().name();
        switch (parsed.kind()) {
            case PORTFOLIO:
                Portfolio portfolio = orProblems(name, PortfolioReader.read(parsed.document()));
                return name + ": valid portfolio, " + count(portfolio.initiatives().size(), "initiative", "initiatives");
            case ROUND:
                return Rounds.summary(name, Rounds.read(parsed));
            case REGISTER:
                ExperimentRegister register = orProblems(name, registerReader(name, profile).read(parsed.document()));
                return name + ": valid experiment register, " + count(register.experiments().size(), "experiment", "experiments");
            default:
                throw new IllegalStateException("no validation for " + parsed.kind());
        }
    }

    /** Reads the file and, for a round, runs it through the profile; {@code asOf} overrides the file's moment. */
    static Dossier make(InputSource.Parsed parsed, LoadedProfile profile, Optional<LocalDate> asOf) {
        String name = parsed.source().name();
        switch (parsed.kind()) {
            case PORTFOLIO:
                orProblems(name, PortfolioReader.read(parsed.document()));
                throw new BadInputException(name + ": a portfolio holds initiatives but no call or budget, so there is "
                    + "nothing to assess, decide or allocate; write a round file (format atelier-round/1, docs/round-format.md) "
                    + "that names this portfolio ('portfolio: " + fileName(name) + "') with a budget and a call, and run that");
            case ROUND:
                return Rounds.run(name, Rounds.read(parsed), profile, asOf);
            case REGISTER:
                ExperimentRegisterReader reader = registerReader(name, Optional.of(profile));
                ExperimentRegister register = orProblems(name,
                    (parsed.source().bundled() ? reader.forProfileData() : reader).read(parsed.document()));
                return Dossier.builder()
                    .provenance(register.provenance())
                    .municipality(profile.instance(Municipality.class))
                    .source(register.source().file() + ": \"" + register.source().quote() + "\"")
                    .asOf(asOf.or(register::reportDate).orElse(LocalDate.now()))
                    .register(register)
                    .build();
            default:
                throw new IllegalStateException("no dossier for " + parsed.kind());
        }
    }

    private static ExperimentRegisterReader registerReader(String name, Optional<LoadedProfile> profile) {
        if (profile.isEmpty()) {
            throw new BadInputException(name + ": an experiment register is read with a municipality's numbering and "
                + "outcome words; name the profile with --profile ID (see 'atelier profiles')");
        }
        return profile.get().registerReader().orElseThrow(() -> new BadInputException(name + ": profile '"
            + profile.get().profile().id() + "' does not say which outcome words its experiment register uses, "
            + "so it cannot read one"));
    }

    private static String fileName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    static <T> T orProblems(String name, Either<List<InputProblem>, T> read) {
        if (read.isRight()) {
            return read.get();
        }
        List<String> lines = new ArrayList<>();
        read.getLeft().forEach(problem -> lines.add(problem.toString()));
        lines.add(name + ": not valid, " + count(read.getLeft().size(), "problem", "problems"));
        throw new BadInputException(lines);
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
