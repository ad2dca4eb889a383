package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.LoadedProfile;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** {@code atelier.profile}: a profile on the classpath, or a start-up failure that names the ones there are. */
final class ProfileChoice {

    private ProfileChoice() {
    }

    static LoadedProfile load(String id) {
        if (id == null || id.isBlank() || !Atelier.profileIds().contains(id)) {
            throw new InvalidConfigurationPropertyValueException("atelier.profile", id,
                (id == null || id.isBlank() ? "no profile is chosen" : "no profile on the classpath has this id")
                    + "; the profiles are: " + String.join(", ", Atelier.profileIds())
                    + " (a profile is a jar on the classpath, e.g. atelier-profile-groningen)");
        }
        return Atelier.profile(id);
    }
}
