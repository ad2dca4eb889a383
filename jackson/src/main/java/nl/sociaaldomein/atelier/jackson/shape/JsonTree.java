package nl.sociaaldomein.atelier.jackson.shape;

import java.util.List;
import java.util.Optional;

/**
 * A parsed JSON value, as a JSON library hands it over: what {@link JsonIn} reads from. An
 * adapter wraps its library's tree node in one.
 */
public interface JsonTree {

    /** The kinds of JSON value. */
    enum Kind {
        /** {@code {...}}. */
        OBJECT,
        /** {@code [...]}. */
        ARRAY,
        /** {@code "..."}. */
        STRING,
        /** A number, whole or not. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL
    }

    /**
     * What kind of value this is.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * Whether this is a number written without a fraction or exponent ({@code 12}, not
     * {@code 12.0} or {@code 1e3}).
     *
     * @return true for a whole number
     */
    boolean isWholeNumber();

    /**
     * A string's text, or a number's digits exactly as the library kept them.
     *
     * @return the text; undefined for other kinds
     */
    String text();

    /**
     * A boolean's value.
     *
     * @return the value; undefined for other kinds
     */
    boolean booleanValue();

    /**
     * An object's field.
     *
     * @param name the field's name
     * @return the field's value, empty when the object has no such field (or this is no object)
     */
    Optional<JsonTree> field(String name);

    /**
     * An object's field names, in document order.
     *
     * @return the names; empty for other kinds
     */
    List<String> fieldNames();

    /**
     * An array's elements.
     *
     * @return the elements; empty for other kinds
     */
    List<JsonTree> elements();

    /**
     * This value as compact JSON text.
     *
     * @return the text
     */
    String toJson();
}
