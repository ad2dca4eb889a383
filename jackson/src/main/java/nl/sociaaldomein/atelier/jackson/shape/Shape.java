package nl.sociaaldomein.atelier.jackson.shape;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one type is written as JSON and read back, without any JSON library: a shape writes
 * through a {@link JsonOut} and reads from a {@link JsonIn}. The Jackson 2 module adapts these
 * to its generators and trees; a Jackson 3 module would adapt the same shapes to its own, so
 * both give the same JSON.
 *
 * <p>Reading never throws for bad input: a shape asks {@link JsonIn} for its fields (each
 * problem is recorded with its JSON path and a stand-in value is returned) and builds the value
 * with {@link JsonIn#build}, which builds nothing once a problem was found. So every problem of a
 * document is reported at once.
 *
 * @param <T> the type written and read
 */
public interface Shape<T> {

    /**
     * The type this shape writes and reads.
     *
     * @return the class of {@code T}, by which a module finds the shape
     */
    Class<T> type();

    /**
     * Writes {@code value} (never null) as one JSON value.
     *
     * @param value the value to write
     * @param out   where the JSON goes
     */
    void write(T value, JsonOut out);

    /**
     * Reads one JSON value; null when a problem was recorded.
     *
     * @param in the JSON being read, which collects every problem with its path
     * @return the value, or null when {@code in} now holds a problem for it
     */
    T read(JsonIn in);

    /**
     * A JSON object: {@code fields} writes the fields between the braces, {@code read} reads
     * them from an object (anything else is a problem, named once).
     *
     * @param <T>    the type
     * @param type   the type
     * @param fields writes the value's fields, in their documented order
     * @param read   reads the value from its object
     * @return the shape
     */
    static <T> ObjectShape<T> object(Class<T> type, BiConsumer<T, JsonOut> fields, Function<JsonIn, T> read) {
        return new ObjectShape<>(type, fields, read);
    }

    /**
     * A JSON string: {@code write} gives the text, {@code read} the value (it may throw an
     * {@link IllegalArgumentException}, recorded as the problem at that place).
     *
     * @param <T>   the type
     * @param type  the type
     * @param write the value's text
     * @param read  the value of a text
     * @return the shape
     */
    static <T> Shape<T> string(Class<T> type, Function<T, String> write, Function<String, T> read) {
        return new Shape<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public void write(T value, JsonOut out) {
                out.string(write.apply(value));
            }

            @Override
            public T read(JsonIn in) {
                String text = in.asString();
                return text == null ? null : in.build(() -> read.apply(text));
            }
        };
    }

    /**
     * A shape looked up when first used: for types that hold themselves (an experiment split into
     * successors, each with a lifecycle that may split again).
     *
     * @param <T>   the type
     * @param type  the type
     * @param shape gives the shape
     * @return the shape
     */
    static <T> Shape<T> lazy(Class<T> type, Supplier<Shape<T>> shape) {
        return new Shape<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public void write(T value, JsonOut out) {
                shape.get().write(value, out);
            }

            @Override
            public T read(JsonIn in) {
                return shape.get().read(in);
            }
        };
    }

    /**
     * The shape of a subtype (a variant of a sealed type, an Immutables implementation): written
     * as the whole type is, and read only when the document holds that subtype.
     *
     * @param <T>     the whole type
     * @param <V>     the subtype
     * @param shape   the whole type's shape
     * @param subtype the subtype
     * @return the shape
     */
    static <T, V extends T> Shape<V> narrowed(Shape<T> shape, Class<V> subtype) {
        return new Shape<>() {
            @Override
            public Class<V> type() {
                return subtype;
            }

            @Override
            public void write(V value, JsonOut out) {
                shape.write(value, out);
            }

            @Override
            public V read(JsonIn in) {
                T value = shape.read(in);
                if (value != null && !subtype.isInstance(value)) {
                    in.problem("is a " + value.getClass().getSimpleName() + ", not a " + subtype.getSimpleName());
                    return null;
                }
                return subtype.cast(value);
            }
        };
    }
}
