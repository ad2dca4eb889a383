/**
 * The municipality profile SPI and its loader.
 *
 * <p>A profile ({@link nl.sociaaldomein.atelier.profile.MunicipalityProfile}) is a Guice module
 * with an id, found through {@code ServiceLoader}; {@link nl.sociaaldomein.atelier.profile.Profiles}
 * loads it into an injector. What it binds is listed in
 * {@link nl.sociaaldomein.atelier.profile.ProfileContract}; thresholds are
 * {@link nl.sociaaldomein.atelier.profile.Thresholds}, overridable without code. See
 * {@code docs/profiles.md}. This is the only package of the profile machinery that profiles may
 * use; {@code profile.internal} is not API.
 */
package nl.sociaaldomein.atelier.profile;
