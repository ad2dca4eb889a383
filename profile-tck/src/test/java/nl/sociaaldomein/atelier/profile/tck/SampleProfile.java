package nl.sociaaldomein.atelier.profile.tck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AutomaticRules;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.ImmutableTable;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/** A fictional, complete profile with a framework, a policy and a report: the kit must pass on it. */
public final class SampleProfile extends AbstractMunicipalityProfile {

    static final CriteriaFramework FRAMEWORK = CriteriaFramework.require(CriteriaFramework.of("sample-criteria",
        Text.of("Voorbeeldkader", "Sample criteria"), List.of(
            Criterion.automatic("amount", Text.of("Bedrag binnen de grenzen", "Amount within limits"), AutomaticRules.amountWithinLimits()),
            Criterion.scored("need", Text.of("Nodig", "Needed"), new Scale(1, 5), 60),
            Criterion.scored("residents", Text.of("Inwoners doen mee", "Residents take part"), new Scale(1, 5), 40)),
        Optional.of(100), 200, ScoreCombinations.MEDIAN));

    static final PlanningCalendar CALENDAR = PlanningCalendar.of(new ReportingMoment("annual-accounts",
        new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL));

    public SampleProfile() {
        super("sample-town", "Sample Town", "GM9998");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(5_000));
        bind(PlanningCalendar.class).toInstance(CALENDAR);
        ProfileBindings.named(binder(), CriteriaFramework.class, FRAMEWORK.id()).toInstance(FRAMEWORK);
        ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART));
        ProfileBindings.named(binder(), ReportFormat.class, Grants.ID).toInstance(new Grants(false));
    }

    /** The grants of a round with their applicants; {@code leaky} writes a natural person's name as plain text (a mistake). */
    static final class Grants implements ReportFormat {
        static final String ID = "grants";
        private final boolean leaky;

        Grants(boolean leaky) {
            this.leaky = leaky;
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String description(Locale locale) {
            return new Text("Toekenningen", "Grants").in(locale);
        }

        @Override
        public Result<Report> build(Dossier dossier, Locale locale) {
            if (dossier.round().isEmpty()) {
                return ReportProblems.lacks(ID, new Text("heeft een ronde nodig", "needs a round"));
            }
            Round round = dossier.round().get();
            ImmutableTable.Builder table = Table.builder().addColumns(Column.of("Initiatief"), Column.of("Aanvrager"), Column.of("Bedrag"));
            for (Initiative initiative : round.initiatives()) {
                Optional<Decision> decision = round.decision(initiative.id());
                if (decision.isPresent() && decision.get() instanceof Decision.Granted granted) {
                    table.addRows(Row.of(Cell.text(initiative.title()),
                        leaky ? Cell.text(initiative.applicant().nameFor(Audience.INTERNAL)) : Cell.party(initiative.applicant()), Cell.money(granted.amount())));
                }
            }
            return Result.ok(Report.builder().title("Toekenningen").addSections(Section.of("Toekenningen", table.build())).build());
        }
    }
}
