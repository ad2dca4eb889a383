package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.PortfolioReader;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * From a parsed file to what reports are made of: reads it by its kind, runs what the profile
 * prescribes, and gathers a {@link Dossier}. Every problem with the file becomes a
 * {@link BadInputException} listing them with their locations: the first {@value #LISTED} and
 * how many more, so that a file of millions of mistakes does not flood the terminal.
 */
final class Dossiers {

    /** The most problems listed on standard error; the rest are counted. */
    static final int LISTED = 200;

    private Dossiers() {
    }

    /**
     * Checks a file; returns a one-line summary of what it holds. With a profile, a round or a
     * register goes through everything {@code run} does, the profile's rules, the ledger's
     * ceilings and the profile's main reports included, and the result is thrown away: a file
     * {@code validate --profile} calls valid is one {@code run} runs.
     */
    static String validate(InputSource.Parsed parsed, Optional<LoadedProfile> profile) {
        String name = parsed.source().name();
        switch (parsed.kind()) {
            case PORTFOLIO:
                Portfolio portfolio = orProblems(name, PortfolioReader.read(parsed.document()));
                profile.ifPresent(p -> Rounds.sameMunicipality(parsed, portfolio.municipality(), p));
                return name + ": valid portfolio, " + count(portfolio.initiatives().size(), "initiative", "initiatives");
            case ROUND:
                RoundPlan plan = Rounds.read(parsed);
                profile.ifPresent(p -> defaultReports(Rounds.run(parsed, plan, p, Optional.empty()), p));
                return Rounds.summary(name, plan) + profile.map(p -> ", runs with profile " + p.profile().id()).orElse("");
            case REGISTER:
                ExperimentRegister register = orProblems(name, registerReader(name, profile).read(parsed.document()));
                defaultReports(make(parsed, profile.orElseThrow(), Optional.empty()), profile.get());
                return name + ": valid experiment register, " + count(register.experiments().size(), "experiment", "experiments");
            case LEDGER_BATCH:
                LedgerPostFile batch = orProblems(name, LedgerPostFile.read(parsed.document()));
                return name + ": valid ledger batch, " + count(batch.entries().size(), "entry", "entries")
                    + " (whether the ledger accepts them, 'atelier ledger post' says)";
            default:
                throw new IllegalStateException("no validation for " + parsed.kind());
        }
    }

    /** Builds (and drops) the reports {@code run} prints by default, as {@code run} would fail on one that cannot be made. */
    private static void defaultReports(Dossier dossier, LoadedProfile profile) {
        var formats = profile.formats();
        ReportPrinter.build(dossier, formats, DefaultReports.choose(profile.profile().id(), dossier, formats.keySet()),
            RenderOptions.defaults());
    }

    /** Reads the file and, for a round, runs it through the profile; {@code asOf} overrides the file's moment. */
    static Dossier make(InputSource.Parsed parsed, LoadedProfile profile, Optional<LocalDate> asOf) {
        return make(parsed, profile, asOf, RoundLedgers.IN_MEMORY);
    }

    /** As {@link #make(InputSource.Parsed, LoadedProfile, Optional)}, a round posted to the ledger {@code ledgers} gives. */
    static Dossier make(InputSource.Parsed parsed, LoadedProfile profile, Optional<LocalDate> asOf, RoundLedgers ledgers) {
        String name = parsed.source().name();
        switch (parsed.kind()) {
            case PORTFOLIO:
                Portfolio portfolio = orProblems(name, PortfolioReader.read(parsed.document()));
                Rounds.sameMunicipality(parsed, portfolio.municipality(), profile);
                throw new BadInputException(name + ": a portfolio holds initiatives but no call or budget, so there is "
                    + "nothing to assess, decide or allocate; write a round file (format atelier-round/1, docs/round-format.md) "
                    + "that names this portfolio ('portfolio: " + fileName(name) + "') with a budget and a call, and run that");
            case ROUND:
                return Rounds.run(parsed, Rounds.read(parsed), profile, asOf, ledgers);
            case REGISTER:
                ExperimentRegisterReader reader = registerReader(name, Optional.of(profile));
                ExperimentRegister read = orProblems(name,
                    (parsed.source().bundled() ? reader.forProfileData() : reader).read(parsed.document()));
                // A bundled scenario's register is rebuilt from the events of its commands.
                ExperimentRegister register = parsed.source().bundled() ? Journaled.register(read) : read;
                return ofRegister(register, profile, asOf.or(register::reportDate).orElse(LocalDate.now()));
            case LEDGER_BATCH:
                throw new BadInputException(name + ": a ledger batch holds entries for a kept ledger, not a round or a register to "
                    + "report on; post it with 'atelier ledger post " + name + " --store FILE|URL'");
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

    /** A register's dossier: the profile's municipality, the register's document as source, as of {@code asOf}. */
    static Dossier ofRegister(ExperimentRegister register, LoadedProfile profile, LocalDate asOf) {
        return Dossier.builder()
            .provenance(register.provenance())
            .municipality(profile.instance(Municipality.class))
            .source(register.source().file() + ": \"" + register.source().quote() + "\"")
            .asOf(asOf)
            .register(register)
            .build();
    }

    static <T> T orProblems(String name, Result<T> read) {
        if (read.isOk()) {
            return read.orElseThrow();
        }
        throw problems(name, read.problems());
    }

    /**
     * The problems as lines for standard error, in the command's language: the first {@value #LISTED}
     * in file order, how many more, and the count.
     */
    static BadInputException problems(String name, List<Problem> problems) {
        long total = FileProblem.total(problems);
        return new BadInputException(locale -> {
            boolean english = Text.isEnglish(locale);
            List<String> lines = new ArrayList<>();
            problems.stream().filter(p -> !FileProblem.isOmittedCount(p)).limit(LISTED).forEach(p -> lines.add(FileProblem.describe(p, locale)));
            if (total > lines.size()) {
                long more = total - lines.size();
                lines.add(name + (english ? ": … and " + more + " more not listed" : ": … en nog " + more + " die niet zijn opgesomd"));
            }
            lines.add(name + (english ? ": not valid, " + count(total, "problem", "problems")
                : ": niet geldig, " + count(total, "probleem", "problemen")));
            return lines;
        });
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
