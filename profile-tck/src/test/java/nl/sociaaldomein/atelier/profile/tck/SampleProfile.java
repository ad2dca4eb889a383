package nl.sociaaldomein.atelier.profile.tck;

import nl.sociaaldomein.atelier.text.Text;
import com.google.inject.AbstractModule;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;

/** A fictional, complete profile: the kit must pass on it. */
public final class SampleProfile extends AbstractModule implements MunicipalityProfile {

    @Override
    public String id() {
        return "sample-town";
    }

    @Override
    public String displayName() {
        return "Sample Town";
    }

    @Override
    public CbsCode cbsCode() {
        return new CbsCode("GM9998");
    }

    @Override
    public Locale defaultLocale() {
        return Locale.forLanguageTag("nl-NL");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(5_000));
        bind(PlanningCalendar.class).toInstance(PlanningCalendar.of(new ReportingMoment("annual-accounts",
            new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY,
            ReportingMoment.Recipient.COUNCIL)));
    }
}
