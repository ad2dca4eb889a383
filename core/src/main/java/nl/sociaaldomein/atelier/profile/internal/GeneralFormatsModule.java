package nl.sociaaldomein.atelier.profile.internal;

import com.google.inject.AbstractModule;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.reporting.GeneralFormats;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * Binds the library's general report formats into every profile's {@code Map<String, ReportFormat>},
 * next to the profile's own. A profile binding one of these ids again fails at load, as any
 * duplicate name does.
 */
public final class GeneralFormatsModule extends AbstractModule {

    @Override
    protected void configure() {
        for (ReportFormat format : GeneralFormats.all()) {
            ProfileBindings.named(binder(), ReportFormat.class, format.id()).toInstance(format);
        }
    }
}
