/**
 * Shapes: how a type is written as JSON and read back, with no JSON library in sight. A JSON
 * library's module adapts {@link nl.sociaaldomein.atelier.jackson.shape.JsonOut} and
 * {@link nl.sociaaldomein.atelier.jackson.shape.JsonTree} to its own generator and tree; reading
 * collects every problem with its JSON path ({@link nl.sociaaldomein.atelier.jackson.shape.JsonIn}).
 */
package nl.sociaaldomein.atelier.jackson.shape;
