package nl.sociaaldomein.atelier.profile.hoogeveen;

import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * Hoogeveen (GM0118): the council motion "Innovatie sociaal domein" of 30 June 2016. The motion
 * asks for a maximum subsidy per initiative but names no figure, so the maximum here is an
 * assumption, meant to be overridden; see this module's README.
 */
public final class HoogeveenProfile extends AbstractMunicipalityProfile {

    /** An assumption: the motion asks for a "(maximale) subsidiebedrag" without a figure. */
    static final Money MAX_PER_INITIATIVE = Money.ofEuros(25_000);

    /** An assumption: every municipality reports in its annual accounts; the motion names no moment. */
    static final PlanningCalendar CALENDAR = PlanningCalendar.of(new ReportingMoment("annual-accounts",
        new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL));

    public HoogeveenProfile() {
        super("hoogeveen", "Hoogeveen", "GM0118");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, MAX_PER_INITIATIVE);
        bind(PlanningCalendar.class).toInstance(CALENDAR);
        ProfileBindings.named(binder(), CriteriaFramework.class, HoogeveenCriteria.FRAMEWORK_ID).toInstance(HoogeveenCriteria.FRAMEWORK);
        ProfileBindings.choose(binder(), AllocationPolicy.class).to(OneOffRankedPolicy.class);
        ProfileBindings.named(binder(), ReportFormat.class, InnovationAgendaFormat.ID)
            .toInstance(new InnovationAgendaFormat(InnovationAgenda.OF_THE_MOTION));
        ProfileBindings.named(binder(), ReportFormat.class, FundingOverviewFormat.ID).toInstance(new FundingOverviewFormat());
    }
}
