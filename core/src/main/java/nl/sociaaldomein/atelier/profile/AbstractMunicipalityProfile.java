package nl.sociaaldomein.atelier.profile;

import com.google.inject.AbstractModule;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.CbsCode;

/**
 * The usual way to write a profile: say who the municipality is in the constructor and bind
 * what it decides in {@link #configure()}.
 *
 * <pre>{@code
 * public final class MyTownProfile extends AbstractMunicipalityProfile {
 *     public MyTownProfile() {
 *         super("my-town", "My Town", "GM9999");
 *     }
 *
 *     @Override
 *     protected void configure() {
 *         ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(25_000));
 *         bind(PlanningCalendar.class).toInstance(CALENDAR);
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractMunicipalityProfile extends AbstractModule implements MunicipalityProfile {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final String id;
    private final String displayName;
    private final CbsCode cbsCode;
    private final Locale defaultLocale;

    /**
     * A profile whose reports default to Dutch (nl-NL), as every Dutch municipality's do.
     *
     * @param id          the profile's id, lower-case words joined by hyphens
     * @param displayName the municipality's name as people write it
     * @param cbsCode     the municipality's CBS code, e.g. {@code GM0014}
     */
    protected AbstractMunicipalityProfile(String id, String displayName, String cbsCode) {
        this(id, displayName, cbsCode, DUTCH);
    }

    /**
     * A profile whose reports default to {@code defaultLocale}.
     *
     * @param id            the profile's id, lower-case words joined by hyphens
     * @param displayName   the municipality's name as people write it
     * @param cbsCode       the municipality's CBS code, e.g. {@code GM0014}
     * @param defaultLocale the language of reports and messages unless a caller asks otherwise
     * @throws IllegalArgumentException when the CBS code has the wrong form
     */
    protected AbstractMunicipalityProfile(String id, String displayName, String cbsCode, Locale defaultLocale) {
        this.id = id;
        this.displayName = displayName;
        this.cbsCode = new CbsCode(cbsCode);
        this.defaultLocale = defaultLocale;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final CbsCode cbsCode() {
        return cbsCode;
    }

    @Override
    public final Locale defaultLocale() {
        return defaultLocale;
    }
}
