package nl.sociaaldomein.atelier.docs;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.AllocationInput;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Candidate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.ImmutableTable;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The examples of docs/profiles.md ("The extension points"), compiled here and run by
 * {@link SpiSnippetsTest}; {@link DocSnippetsTest} keeps the document's copies equal to these.
 * Each region between {@code tag::name[]} and {@code end::name[]} is one example.
 */
final class SpiSnippets {

    private SpiSnippets() {
    }

    // tag::calendar[]
    static final PlanningCalendar CALENDAR = PlanningCalendar.of(
        new ReportingMoment("annual-accounts",                       // id: kebab-case
            new Text("jaarrekening", "annual accounts"),              // nl.sociaaldomein.atelier.text.Text
            ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL));
    // end::calendar[]

    // tag::framework[]
    // Eligible from a weighted total of 300: Σ weight × combined score, here at most 60 × 5 + 40 × 5 = 500.
    static final CriteriaFramework FRAMEWORK = CriteriaFramework.require(CriteriaFramework.of(
        "my-town-2025", Text.of("Afwegingskader", "Criteria"), List.of(
            Criterion.knockOut("serves-residents", Text.of("Ten goede aan inwoners", "Benefits residents")),
            Criterion.scored("need", Text.of("Nodig in de wijk", "Needed"), new Scale(1, 5), 60),
            Criterion.scored("reach", Text.of("Bereik", "Reach"), new Scale(1, 5), 40).withMinimum(2)),
        Optional.of(100), 300, ScoreCombinations.MEDIAN));
    // end::framework[]

    // tag::policy[]
    /** Funds the smallest requests first while the pot lasts. */
    static final class SmallestFirst implements AllocationPolicy {
        @Override
        public String id() {
            return "smallest-first";
        }

        @Override
        public Text description() {
            return Text.of("kleinste aanvraag eerst", "smallest request first");
        }

        @Override
        public Result<List<Decision>> allocate(AllocationInput input) {
            List<Decision> decisions = new ArrayList<>();
            Money left = input.pot().available();              // ceiling − granted − reserved
            List<Candidate> byAmount = input.candidates().stream()
                .sorted(java.util.Comparator.comparing(Candidate::fundable)).toList();
            for (Candidate candidate : byAmount) {
                Money amount = candidate.fundable();           // the request, never above the call's maximum
                if (candidate.isEligible() && !amount.isGreaterThan(left)) {
                    left = left.minus(amount);
                    decisions.add(Decisions.granted(candidate.assessment(), input.call().potId(), amount,
                        Text.of("kleinste eerst; past binnen het budget", "smallest first; fits the budget"), List.of()));
                } else {
                    List<Text> reasons = candidate.isEligible()
                        ? List.of(Text.of("past niet meer binnen het plafond", "no longer fits under the ceiling"))
                        : candidate.ineligibility();
                    decisions.add(Decisions.rejected(candidate.assessment(), reasons, Text.of("kleinste eerst", "smallest first")));
                }
            }
            return Result.ok(decisions);                       // or Result.failed(problems) to refuse the round
        }
    }
    // end::policy[]

    // tag::format[]
    /** One row per grant: the format receives a Dossier and the reader's locale, and builds a format-free Report. */
    static final class GrantsPerApplicant implements ReportFormat {
        @Override
        public String id() {
            return "grants-per-applicant";
        }

        @Override
        public String description(Locale locale) {
            return new Text("Toekenningen per aanvrager", "Grants per applicant").in(locale);
        }

        @Override
        public Result<Report> build(Dossier dossier, Locale locale) {
            if (dossier.round().isEmpty()) {                   // also: portfolio(), budget(), register()
                return ReportProblems.lacks(id(), new Text("heeft een ronde nodig", "needs a round"));
            }
            Round round = dossier.round().get();
            ImmutableTable.Builder table = Table.builder().addColumns(Column.of(Label.NAME), Column.of(Label.DATE), Column.of(Label.GRANTED));
            for (Initiative initiative : round.initiatives()) {
                Optional<Decision> decision = round.decision(initiative.id());
                if (decision.isPresent() && decision.get() instanceof Decision.Granted granted) {
                    // Cell.party: a natural person is "Particulier" in public output.
                    // PartialDate (package calendar): a date known to the day, month or year; rendered 30-06-2016.
                    Cell submitted = initiative.submissionDate().map(PartialDate::of).map(Cell::date).orElse(Cell.empty());
                    table.addRows(Row.of(Cell.party(initiative.applicant()), submitted, Cell.money(granted.amount())));
                }
            }
            return Result.ok(Report.builder().title(new Text("Toekenningen", "Grants").in(locale))
                .addSections(Section.of(dossier.municipality().name(), table.build())).build());
        }
    }
    // end::format[]

    // tag::money[]
    static String inWords(Money amount, Locale locale) {
        return MoneyFormat.forLocale(locale).format(amount);   // "€ 887.685" (nl) or "€887,685" (en)
    }
    // end::money[]
}
