/**
 * The JSON shape of every Atelier value type, one class per package of the domain, listed for
 * registration by {@link nl.sociaaldomein.atelier.jackson.types.AtelierShapes}. They import no JSON
 * library: the shapes are what a module for Jackson 2 (or 3) carries out.
 */
package nl.sociaaldomein.atelier.jackson.types;
