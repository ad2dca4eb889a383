/**
 * Atelier: innovation in the Dutch social domain.
 *
 * <p>The one project-wide Immutables style lives here and applies to every sub-package:
 * generated types are called {@code ImmutableX}, use only the JDK (no Guava on a consumer's
 * classpath), and are public so that builders can be used from other packages and modules.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {Override.class})
package nl.sociaaldomein.atelier;

import org.immutables.value.Value;
