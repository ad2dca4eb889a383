package nl.sociaaldomein.atelier.profile.oostgelre;

import com.google.inject.AbstractModule;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Label;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;

/**
 * Oost Gelre (GM1586): experiments in the social domain, reported on to the college every quarter
 * (004_09d1d1def8e42fc5.txt). The memo names no amounts, so the maximum is an assumption; see
 * this module's README.
 */
public final class OostGelreProfile extends AbstractModule implements MunicipalityProfile {

    /** An assumption: the memo names no amounts at all. */
    static final Money MAX_PER_INITIATIVE = Money.ofEuros(50_000);

    /** "Elk kwartaal wordt er voor het college een rapportage gemaakt over de experimenten." */
    static final PlanningCalendar CALENDAR = PlanningCalendar.of(new ReportingMoment("quarterly-college-report",
        new Label("kwartaalrapportage experimenten aan het college", "quarterly report on the experiments to the college"),
        ReportingMoment.Frequency.QUARTERLY, ReportingMoment.Recipient.EXECUTIVE));

    @Override
    public String id() {
        return "oost-gelre";
    }

    @Override
    public String displayName() {
        return "Oost Gelre";
    }

    @Override
    public CbsCode cbsCode() {
        return new CbsCode("GM1586");
    }

    @Override
    public Locale defaultLocale() {
        return Locale.forLanguageTag("nl-NL");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, MAX_PER_INITIATIVE);
        bind(PlanningCalendar.class).toInstance(CALENDAR);
    }
}
