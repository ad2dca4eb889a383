package nl.sociaaldomein.atelier.profile.oostgelre;

import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.profile.oostgelre.reports.DataQualityReport;
import nl.sociaaldomein.atelier.profile.oostgelre.reports.QuarterlyReviews;
import nl.sociaaldomein.atelier.profile.oostgelre.reports.StatusTable;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * Oost Gelre (GM1586): experiments in the social domain, reported on to the college every quarter
 * (004_09d1d1def8e42fc5.txt). The memo names no amounts, so the maximum is an assumption; see
 * this module's README. Binds the experiments' numbering, outcome words, policy plan and quarterly
 * review cadence ({@link OostGelreExperiments}), and three report formats: {@code status-table},
 * {@code quarterly-reviews} and {@code data-quality}. The choices are {@code OptionalBinder}
 * bindings, so an integrator overrides one (e.g. another grace period) with {@code Modules.override}.
 */
public final class OostGelreProfile extends AbstractMunicipalityProfile {

    /** An assumption: the memo names no amounts at all. */
    static final Money MAX_PER_INITIATIVE = Money.ofEuros(50_000);

    /** "Elk kwartaal wordt er voor het college een rapportage gemaakt over de experimenten." */
    static final PlanningCalendar CALENDAR = PlanningCalendar.of(new ReportingMoment("quarterly-college-report",
        new Text("kwartaalrapportage experimenten aan het college", "quarterly report on the experiments to the college"),
        ReportingMoment.Frequency.QUARTERLY, ReportingMoment.Recipient.EXECUTIVE));

    public OostGelreProfile() {
        super("oost-gelre", "Oost Gelre", "GM1586");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, MAX_PER_INITIATIVE);
        bind(PlanningCalendar.class).toInstance(CALENDAR);
        ProfileBindings.choose(binder(), ReviewCadence.class).toInstance(OostGelreExperiments.CADENCE);
        ProfileBindings.choose(binder(), ExperimentNumbering.class).toInstance(OostGelreExperiments.NUMBERING);
        ProfileBindings.choose(binder(), OutcomeVocabulary.class).toInstance(OostGelreExperiments.VOCABULARY);
        ProfileBindings.choose(binder(), PolicyPlan.class).toInstance(OostGelreExperiments.POLICY_PLAN);
        ProfileBindings.named(binder(), ReportFormat.class, StatusTable.ID).toInstance(new StatusTable());
        ProfileBindings.named(binder(), ReportFormat.class, QuarterlyReviews.ID)
            .toInstance(new QuarterlyReviews(OostGelreExperiments.CADENCE));
        ProfileBindings.named(binder(), ReportFormat.class, DataQualityReport.ID).toInstance(new DataQualityReport());
    }
}
