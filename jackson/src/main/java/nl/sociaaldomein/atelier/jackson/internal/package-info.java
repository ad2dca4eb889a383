/**
 * The Jackson 2 side of the shapes: serializers, deserializers and the adapters between Jackson's
 * generators and trees and the shapes' {@code JsonOut} and {@code JsonTree}. Not for embedders:
 * use {@link nl.sociaaldomein.atelier.jackson.AtelierJacksonModule}.
 */
package nl.sociaaldomein.atelier.jackson.internal;
