package nl.sociaaldomein.atelier.profile.groningen;

import com.google.inject.AbstractModule;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ThresholdKey;

/**
 * Groningen (GM0014): the Innovatieatelier Sociaal Domein. Every value and its source, or the
 * assumption behind it, is in this module's README.
 */
public final class GroningenProfile extends AbstractModule implements MunicipalityProfile {

    /** The largest grant of the 2016 round (Ondernemend Zuid); the letter sets no maximum. An assumption. */
    static final Money MAX_PER_INITIATIVE = Money.ofEuros(250_000);

    /** Kept back for ideas later in the year; the letter names no share. An assumption. */
    static final int RESERVE_FOR_LATER_PERCENT = 10;

    @Override
    public String id() {
        return "groningen";
    }

    @Override
    public String displayName() {
        return "Groningen";
    }

    @Override
    public CbsCode cbsCode() {
        return new CbsCode("GM0014");
    }

    @Override
    public Locale defaultLocale() {
        return Locale.forLanguageTag("nl-NL");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, MAX_PER_INITIATIVE);
        ProfileBindings.threshold(binder(), ThresholdKey.RESERVE_FOR_PENDING, "true");
        ProfileBindings.threshold(binder(), ThresholdKey.RESERVE_FOR_LATER_PERCENT, String.valueOf(RESERVE_FOR_LATER_PERCENT));
        bind(PlanningCalendar.class).toInstance(GroningenCalendar.CALENDAR);
    }
}
