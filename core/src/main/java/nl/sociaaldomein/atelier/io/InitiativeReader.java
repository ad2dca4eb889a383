package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Makes the initiatives of a portfolio from their bound entries, checking what the schema cannot
 * say: real submission dates, requested amounts whose total stays an amount ({@link PortfolioReader}
 * checks that ids are unique). Every initiative is checked, even after a problem, so that all problems are reported;
 * one is built only when none was found.
 */
final class InitiativeReader {

    private final ReadContext context;
    /** Reports total and rank the requested amounts: their sum must be an amount too. */
    private final AmountTotal requested = new AmountTotal("de aangevraagde bedragen ervoor", "the requested amounts before it");

    InitiativeReader(ReadContext context) {
        this.context = context;
    }

    Optional<Initiative> read(String pointer, FileEntries.InitiativeEntry entry) {
        int problemsBefore = context.problemCount();
        String id = entry.id().strip();
        Optional<Applicant> applicant = ApplicantReader.read(context, pointer + "/applicant", entry.applicant());
        Optional<Money> requestedAmount = Binding.amount(context, pointer + "/requestedAmount", entry.requestedAmount());
        requestedAmount.ifPresent(amount -> requested.add(context, pointer + "/requestedAmount", amount));
        List<LegalFramework> legalFrameworks = codes(pointer + "/legalFrameworks", entry.legalFrameworks(), LegalFramework::new);
        Optional<IntakeChannel> intakeChannel = Binding.text(entry.intakeChannel())
            .flatMap(code -> code(pointer + "/intakeChannel", code, IntakeChannel::new));
        Optional<LocalDate> submissionDate = Binding.date(context, pointer + "/submissionDate", entry.submissionDate());
        if (context.problemCount() > problemsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(Initiative.builder()
                .id(id)
                .title(entry.title().strip())
                .description(Binding.text(entry.description()))
                .applicant(applicant.orElseThrow())
                .requestedAmount(requestedAmount)
                .themes(Binding.texts(entry.themes()))
                .targetGroups(Binding.texts(entry.targetGroups()))
                .legalFrameworks(legalFrameworks)
                .neighbourhood(Binding.text(entry.neighbourhood()))
                .intakeChannel(intakeChannel)
                .submissionDate(submissionDate)
                .note(Binding.text(entry.note()))
                .build());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // A domain consistency check the file rules above did not foresee: report it, never throw.
            context.problem(pointer, Mistake.ofRule("input.inconsistent", e.getMessage()));
            return Optional.empty();
        }
    }

    private <T> List<T> codes(String pointer, List<String> codes, Function<String, T> make) {
        List<String> texts = Binding.texts(codes);
        List<T> out = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            code(pointer + "/" + i, texts.get(i), make).ifPresent(out::add);
        }
        return out;
    }

    /** A code of an open vocabulary; its domain type decides what is well-formed, and its message becomes the problem. */
    private <T> Optional<T> code(String pointer, String code, Function<String, T> make) {
        try {
            return Optional.of(make.apply(code));
        } catch (IllegalArgumentException e) {
            context.problem(pointer, Mistake.ofRule("input.code-invalid", e));
            return Optional.empty();
        }
    }

}
