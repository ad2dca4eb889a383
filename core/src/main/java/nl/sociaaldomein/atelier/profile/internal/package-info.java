/**
 * The profile loader's workings. Not API: profiles and applications use
 * {@code nl.sociaaldomein.atelier.profile} only, and each profile's architecture test forbids
 * this package.
 */
package nl.sociaaldomein.atelier.profile.internal;
