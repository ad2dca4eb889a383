package nl.sociaaldomein.atelier.profile.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import java.util.Map;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * What the loader binds around every profile: the profile itself, its municipality, its Jackson
 * modules, and its thresholds (the profile's values with the overrides laid over them).
 */
public final class LoaderModule extends AbstractModule {

    private final MunicipalityProfile profile;
    private final ThresholdOverrides overrides;

    public LoaderModule(MunicipalityProfile profile, ThresholdOverrides overrides) {
        this.profile = profile;
        this.overrides = overrides;
    }

    @Override
    protected void configure() {
        bind(MunicipalityProfile.class).toInstance(profile);
        bind(Municipality.class).toInstance(Municipality.of(profile.displayName(), profile.cbsCode().value()));
        bind(ThresholdOverrides.class).toInstance(overrides);
        // Declared here so that a profile that sets no thresholds still gets an (empty) map.
        MapBinder.newMapBinder(binder(), ThresholdKey.class, String.class, ThresholdDefaults.class);
        // Every profile has a (possibly empty) map of report formats, so callers can always ask for one by id.
        MapBinder.newMapBinder(binder(), String.class, ReportFormat.class);
        install(new GeneralFormatsModule());
        Multibinder<com.fasterxml.jackson.databind.Module> jackson =
            Multibinder.newSetBinder(binder(), com.fasterxml.jackson.databind.Module.class);
        for (com.fasterxml.jackson.databind.Module module : profile.jacksonModules()) {
            jackson.addBinding().toInstance(module);
        }
    }

    @Provides
    @Singleton
    Thresholds thresholds(@ThresholdDefaults Map<ThresholdKey, String> profileValues, ThresholdOverrides layered) {
        return layered.over(profileValues);
    }
}
