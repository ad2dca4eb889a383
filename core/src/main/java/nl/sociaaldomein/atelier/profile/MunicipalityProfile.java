package nl.sociaaldomein.atelier.profile;

import com.google.inject.Module;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.CbsCode;

/**
 * How one municipality's way of working enters the library: a Guice module with a name.
 *
 * <p>An implementation is a {@code final} class with a public no-argument constructor, listed in
 * {@code META-INF/services/nl.sociaaldomein.atelier.profile.MunicipalityProfile} of its jar, so
 * that {@link Profiles#load(String)} finds it through {@link java.util.ServiceLoader}. Its
 * {@link #configure(com.google.inject.Binder)} binds what the municipality decides itself (see
 * {@link ProfileContract} for what is required, {@link ProfileBindings} for the helpers). Shape
 * taken from Apache Druid's {@code DruidModule}.
 *
 * <p>New hooks are only ever added as {@code default} methods, so a profile compiled against an
 * older version keeps working.
 */
public interface MunicipalityProfile extends Module {

    /** {@return the id used to load the profile: lower-case words joined by hyphens, e.g. {@code my-town}} */
    String id();

    /** {@return the municipality's name as people write it, e.g. {@code My Town}} */
    String displayName();

    /** {@return the municipality's code at Statistics Netherlands, GM followed by four digits} */
    CbsCode cbsCode();

    /** {@return the language reports and messages default to; Dutch for every municipality so far} */
    Locale defaultLocale();

    /**
     * Jackson modules the profile adds for values of its own; most profiles add none.
     * {@code atelier-jackson} registers them in every mapper it makes for the profile
     * ({@code AtelierJacksonModule.mapperFor}) and in a host's mapper ({@code AtelierJacksonModule.withProfile}).
     *
     * @return the modules; none by default
     */
    default List<com.fasterxml.jackson.databind.Module> jacksonModules() {
        return List.of();
    }
}
