/**
 * Atelier's values as JSON with Jackson 2: register {@link nl.sociaaldomein.atelier.jackson.AtelierJacksonModule}
 * on any {@code ObjectMapper}. The shapes themselves live in {@code shape} (the JSON-library-free
 * toolkit) and {@code types} (one shape per Atelier type), so that a module for another JSON
 * library writes the same JSON.
 */
package nl.sociaaldomein.atelier.jackson;
