package nl.sociaaldomein.atelier.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Reads one initiative of a portfolio file. Every field is read, even after a problem, so that
 * all problems of the initiative are reported; it is built only when none was found.
 */
final class InitiativeReader {

    /** Where each id was first seen, to name both places of a duplicate. */
    private final Map<String, String> firstPathById = new LinkedHashMap<>();
    /** Reports total and rank the requested amounts: their sum must be an amount too. */
    private final AmountTotal requested = new AmountTotal("the requested amounts before it");

    Optional<Initiative> read(ObjectFields fields) {
        ReadContext context = fields.context();
        int problemsBefore = context.problemCount();
        Optional<String> id = fields.requiredText("id");
        id.ifPresent(value -> checkUnique(context, value, fields.pathOf("id")));
        Optional<String> title = fields.requiredText("title");
        Optional<String> description = fields.text("description");
        Optional<Applicant> applicant = NestedObject.read(fields, "applicant", true, ApplicantReader::read);
        Optional<Money> requestedAmount = fields.money("requestedAmount");
        requestedAmount.ifPresent(amount -> requested.add(fields, "requestedAmount", amount));
        List<String> themes = fields.texts("themes");
        List<String> targetGroups = fields.texts("targetGroups");
        List<LegalFramework> legalFrameworks = OpenCodes.codes(fields, "legalFrameworks", LegalFramework::new);
        Optional<String> neighbourhood = fields.text("neighbourhood");
        Optional<IntakeChannel> intakeChannel = OpenCodes.code(fields, "intakeChannel", IntakeChannel::new);
        Optional<LocalDate> submissionDate = fields.date("submissionDate");
        Optional<String> note = fields.text("note");
        fields.done();
        if (context.problemCount() > problemsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(Initiative.builder()
                .id(id.orElseThrow())
                .title(title.orElseThrow())
                .description(description)
                .applicant(applicant.orElseThrow())
                .requestedAmount(requestedAmount)
                .themes(themes)
                .targetGroups(targetGroups)
                .legalFrameworks(legalFrameworks)
                .neighbourhood(neighbourhood)
                .intakeChannel(intakeChannel)
                .submissionDate(submissionDate)
                .note(note)
                .build());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // A domain consistency check the file rules above did not foresee: report it, never throw.
            context.problem(fields.pointer(), e.getMessage());
            return Optional.empty();
        }
    }

    private void checkUnique(ReadContext context, String id, String path) {
        String first = firstPathById.putIfAbsent(id, path);
        if (first != null) {
            InputProblem firstPlace = context.document().problemAt(first, "");
            context.problem(path, "initiative id '" + id + "' is used twice: here and at " + first
                + (firstPlace.line() > 0 ? " (line " + firstPlace.line() + ")" : ""));
        }
    }
}
