package nl.sociaaldomein.atelier.jackson.shape;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.render.RenderOptions;

/**
 * Where a {@link Shape} writes JSON: a JSON library's generator behind a few calls. The
 * {@code default} methods write whole fields; a field of an absent optional value is written as
 * {@code null}, so every object of a type always has the same keys.
 */
public interface JsonOut {

    /**
     * The language and audience of this write: the language of the {@code text} fields, and
     * whether a natural person's name may be written ({@link
     * nl.sociaaldomein.atelier.initiative.Audience#INTERNAL} only).
     *
     * @return the options
     */
    RenderOptions options();

    /** Opens an object. */
    void startObject();

    /** Closes the object opened last. */
    void endObject();

    /** Opens an array. */
    void startArray();

    /** Closes the array opened last. */
    void endArray();

    /**
     * Writes a field's name; its value follows.
     *
     * @param name the name
     */
    void name(String name);

    /**
     * Writes a string.
     *
     * @param value the text
     */
    void string(String value);

    /**
     * Writes a whole number.
     *
     * @param value the number
     */
    void number(long value);

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     */
    void bool(boolean value);

    /** Writes {@code null}. */
    void nullValue();

    /**
     * Writes a parsed value as it is (for shapes that reuse JSON another part of the library made).
     *
     * @param value the value
     */
    void tree(JsonTree value);

    /**
     * Writes a value no shape knows with the JSON library's own serializers (the host's mapper,
     * its modules and settings): the value of a {@code Result}, whose type is the caller's. An
     * adapter that registers no {@code Result} need not have it.
     *
     * @param value the value, not null
     * @throws UnsupportedOperationException when this adapter cannot write such values
     */
    default void value(Object value) {
        throw new UnsupportedOperationException("this JSON library's adapter writes only values that have a shape, not a "
            + value.getClass().getName());
    }

    /**
     * Parses JSON text made by another part of the library (such as a journal codec).
     *
     * @param json the text
     * @return the value
     */
    JsonTree parse(String json);

    /**
     * Writes a string field.
     *
     * @param name  the field
     * @param value the text
     */
    default void field(String name, String value) {
        name(name);
        string(value);
    }

    /**
     * Writes a whole-number field.
     *
     * @param name  the field
     * @param value the number
     */
    default void field(String name, long value) {
        name(name);
        number(value);
    }

    /**
     * Writes a boolean field.
     *
     * @param name  the field
     * @param value the value
     */
    default void field(String name, boolean value) {
        name(name);
        bool(value);
    }

    /**
     * Writes a day as an ISO date string ({@code 2016-06-30}).
     *
     * @param name  the field
     * @param value the day
     */
    default void field(String name, LocalDate value) {
        field(name, value, Basic.DAY);
    }

    /**
     * Writes a field in a shape.
     *
     * @param <T>   the value's type
     * @param name  the field
     * @param value the value
     * @param shape its shape
     */
    default <T> void field(String name, T value, Shape<? super T> shape) {
        name(name);
        write(value, shape);
    }

    /**
     * Writes an optional string field, {@code null} when empty.
     *
     * @param name  the field
     * @param value the text, if any
     */
    default void optional(String name, Optional<String> value) {
        optional(name, value, Basic.STRING);
    }

    /**
     * Writes an optional field in a shape, {@code null} when empty.
     *
     * @param <T>   the value's type
     * @param name  the field
     * @param value the value, if any
     * @param shape its shape
     */
    default <T> void optional(String name, Optional<? extends T> value, Shape<? super T> shape) {
        name(name);
        if (value.isPresent()) {
            write(value.get(), shape);
        } else {
            nullValue();
        }
    }

    /**
     * Writes a list field, in the collection's order.
     *
     * @param <T>    the elements' type
     * @param name   the field
     * @param values the elements
     * @param shape  their shape
     */
    default <T> void list(String name, Collection<? extends T> values, Shape<? super T> shape) {
        name(name);
        startArray();
        for (T value : values) {
            write(value, shape);
        }
        endArray();
    }

    /**
     * Writes a map with string keys as an object, keys in the map's own order (for maps whose
     * order means something, such as pots in the order they were created).
     *
     * @param <T>    the values' type
     * @param name   the field
     * @param values the map
     * @param shape  the values' shape
     */
    default <T> void map(String name, Map<String, ? extends T> values, Shape<? super T> shape) {
        name(name);
        startObject();
        for (Map.Entry<String, ? extends T> entry : values.entrySet()) {
            name(entry.getKey());
            write(entry.getValue(), shape);
        }
        endObject();
    }

    /**
     * Writes a map whose order means nothing as an object with its keys sorted, so that equal
     * maps always give the same text.
     *
     * @param <T>    the values' type
     * @param name   the field
     * @param values the map
     * @param shape  the values' shape
     */
    default <T> void sortedMap(String name, Map<String, ? extends T> values, Shape<? super T> shape) {
        map(name, new TreeMap<>(values), shape);
    }

    /**
     * Writes one value in a shape.
     *
     * @param <T>   the value's type
     * @param value the value
     * @param shape its shape
     */
    default <T> void write(T value, Shape<? super T> shape) {
        shape.write(value, this);
    }
}
