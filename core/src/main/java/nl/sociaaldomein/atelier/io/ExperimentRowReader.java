package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.PublishedHistory;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.Successor;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.io.support.DidYouMean;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * Reads one row of an experiments register: the published texts and the experiment they stand for,
 * with the optional goal, owner, funding, own policy plan (instead of the register's), KPIs, indicators
 * and reviews. Reviews are the record of what was decided; the state comes from the outcome text,
 * so a review's verdict is not applied a second time.
 */
final class ExperimentRowReader {

    private final ExperimentNumbering numbering;
    private final OutcomeVocabulary vocabulary;
    private final List<Integer> columns;
    private final LocalDate reportDate;
    private final Optional<PolicyPlan> plan;
    private final ExperimentDetailsReader details;

    ExperimentRowReader(ExperimentNumbering numbering, OutcomeVocabulary vocabulary, List<Integer> columns,
            LocalDate reportDate, Optional<PolicyPlan> plan) {
        this.numbering = numbering;
        this.vocabulary = vocabulary;
        this.columns = columns;
        this.reportDate = reportDate;
        this.plan = plan;
        this.details = new ExperimentDetailsReader(reportDate);
    }

    Optional<Experiment> read(ObjectFields row) {
        ReadContext context = row.context();
        int before = context.problemCount();
        Optional<String> numberText = row.requiredText("number");
        Optional<ExperimentNumber> number = numberText.flatMap(text -> numbering.parse(text).fold(problems -> {
            context.problem(row.pathOf("number"), Mistake.of("input.code-invalid", problems));
            return Optional.<ExperimentNumber>empty();
        }, Optional::of));
        Optional<String> name = row.requiredText("name");
        List<Integer> years = years(row);
        PartialDate start = row.partialDate("start").orElse(PartialDate.unknown());
        PartialDate end = row.partialDate("end").orElse(PartialDate.unknown());
        Optional<String> outcome = row.requiredText("outcome");
        Optional<ExperimentState> state = outcome.flatMap(text -> state(row, "outcome", text));
        List<Successor> successors = successors(row, state, outcome.orElse(""));
        Optional<String> owner = row.text("owner");
        Optional<String> goal = row.text("goal");
        Optional<String> funding = row.text("funding");
        Optional<PolicyPlan> ownPlan = row.object("policyPlan").flatMap(ExperimentRegisterReader::policyPlan);
        List<Kpi> kpis = details.kpis(row);
        List<QualitativeIndicator> indicators = details.indicators(row);
        List<Review> reviews = details.reviews(row);
        row.done();
        if (context.problemCount() > before) {
            return Optional.empty();
        }
        Result<Lifecycle> lifecycle =
            PublishedHistory.reconstruct(start, end, state.get(), reportDate, successors);
        if (lifecycle.isFailed()) {
            nl.sociaaldomein.atelier.text.Text why = lifecycle.problems().get(0).message();
            context.problem(row.pointer(), "input.inconsistent", "de datums passen niet bij de uitkomst '" + outcome.get() + "': " + why.nl(),
                "the dates do not fit the outcome '" + outcome.get() + "': " + why.en());
            return Optional.empty();
        }
        PublishedRow published = new PublishedRow(numberText.get(), years, verbatim(row, "start"), verbatim(row, "end"),
            outcome.get());
        return Optional.of(Experiment.builder().number(number.get()).name(name.get()).goal(goal).owner(owner)
            .fundingRef(funding).start(start).plannedEnd(end).policyPlan(ownPlan.or(() -> plan))
            .lifecycle(lifecycle.orElseThrow()).published(published).kpis(kpis).indicators(indicators).reviews(reviews).build());
    }

    private List<Integer> years(ObjectFields row) {
        List<Integer> years = row.list("years", (element, path) -> {
            if (columns.isEmpty()) {
                row.context().problem(path, "input.inconsistent", "het register heeft geen 'yearColumns', dus een rij kan geen jaar aanwijzen (gevonden: "
                    + ObjectFields.describeNl(element) + ")", "the register has no 'yearColumns', so a row cannot mark a year (found "
                    + ObjectFields.describe(element) + ")");
                return Optional.empty();
            }
            if (!element.isIntegralNumber() || !element.canConvertToInt() || !columns.contains(element.asInt())) {
                row.context().problem(path, "input.unknown-value", "verwacht een van de jaren van de tabel " + columns + ", maar gevonden: "
                    + ObjectFields.describeNl(element), "expected one of the table's years " + columns + ", found "
                    + ObjectFields.describe(element));
                return Optional.empty();
            }
            return Optional.of(element.asInt());
        });
        if (years.stream().distinct().count() != years.size()) {
            row.context().problem(row.pathOf("years"), "input.duplicate-id", "een jaar is twee keer aangewezen: " + years, "a year is marked twice: " + years);
        }
        return years.stream().sorted().toList();
    }

    private Optional<ExperimentState> state(ObjectFields fields, String field, String text) {
        Optional<ExperimentState> state = vocabulary.stateOf(text);
        if (state.isEmpty()) {
            Optional<String> close = DidYouMean.closest(text.toLowerCase(java.util.Locale.ROOT), vocabulary.phrases());
            String known = String.join(", ", vocabulary.phrases());
            fields.context().problem(fields.pathOf(field), "input.unknown-value",
                "onbekende uitkomst '" + text + "'" + close.map(s -> " (bedoelt u '" + s + "'?)").orElse("") + "; bekend: " + known,
                "unknown outcome '" + text + "'" + close.map(s -> " (did you mean '" + s + "'?)").orElse("") + "; known: " + known);
        }
        return state;
    }

    /** Successors belong to a split, and only there; each must be named in the published outcome. */
    private List<Successor> successors(ObjectFields row, Optional<ExperimentState> state, String outcome) {
        boolean split = state.filter(s -> s == ExperimentState.SPLIT).isPresent();
        if (!split) {
            if (row.has("successors")) {
                row.context().problem(row.pathOf("successors"), "input.inconsistent", "opvolgers horen bij een opgesplitste uitkomst ('Ja, opgesplitst: …')",
                    "successors belong to a split outcome ('Ja, opgesplitst: …')");
            }
            return List.of();
        }
        List<Successor> out = new ArrayList<>(row.objects("successors", fields -> successor(fields, outcome)));
        if (out.size() < 2) {
            row.context().problem(row.pathOf("successors"), "input.missing-field", "een opgesplitste uitkomst heeft minstens twee opvolgers nodig, gevonden: "
                + out.size(), "a split outcome needs at least two successors, found " + out.size());
        }
        return out;
    }

    private Optional<Successor> successor(ObjectFields fields, String outcome) {
        Optional<String> name = fields.requiredText("name");
        Optional<String> text = fields.requiredText("outcome");
        Optional<ExperimentState> state = text.flatMap(t -> state(fields, "outcome", t));
        fields.done();
        name.filter(n -> !outcome.contains(n)).ifPresent(n ->
            fields.context().problem(fields.pathOf("name"), "input.inconsistent", "opvolger '" + n + "' staat niet in de gepubliceerde uitkomst",
                "successor '" + n + "' is not named in the published outcome"));
        if (name.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        return PublishedHistory.successor(name.get(), state.get(), text.get(), reportDate).fold(problems -> {
            fields.context().problem(fields.pointer(), Mistake.of("input.inconsistent", problems));
            return Optional.empty();
        }, Optional::of);
    }

    /** The date text as written, for display ("Maart 2018" keeps its capital); empty when absent. */
    private static String verbatim(ObjectFields row, String field) {
        JsonNode node = row.context().document().root().at(row.pathOf(field));
        return node.isMissingNode() || node.isNull() ? "" : node.asText().strip();
    }
}
