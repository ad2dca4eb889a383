package nl.sociaaldomein.atelier.profile.tck;

import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;

/** A fictional, complete profile: the kit must pass on it. */
public final class SampleProfile extends AbstractMunicipalityProfile {

    public SampleProfile() {
        super("sample-town", "Sample Town", "GM9998");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(5_000));
        bind(PlanningCalendar.class).toInstance(PlanningCalendar.of(new ReportingMoment("annual-accounts",
            new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY,
            ReportingMoment.Recipient.COUNCIL)));
    }
}
