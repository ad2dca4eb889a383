package nl.sociaaldomein.atelier.jackson.shape;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A shape written as one JSON object. Its fields can also be written into another object, which
 * is how {@link Variants} puts a type id in front of them.
 *
 * @param <T> the type written and read
 */
public final class ObjectShape<T> implements Shape<T> {

    private final Class<T> type;
    private final BiConsumer<T, JsonOut> fields;
    private final Function<JsonIn, T> read;

    ObjectShape(Class<T> type, BiConsumer<T, JsonOut> fields, Function<JsonIn, T> read) {
        this.type = Objects.requireNonNull(type, "type");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public void write(T value, JsonOut out) {
        out.startObject();
        writeFields(value, out);
        out.endObject();
    }

    /**
     * Writes only the fields, into an object the caller opened.
     *
     * @param value the value
     * @param out   where to write
     */
    public void writeFields(T value, JsonOut out) {
        fields.accept(value, out);
    }

    @Override
    public T read(JsonIn in) {
        return in.requireObject() ? readFields(in) : null;
    }

    /**
     * Reads the fields from an object the caller checked to be one.
     *
     * @param in the object
     * @return the value, or null when a problem was recorded
     */
    public T readFields(JsonIn in) {
        return read.apply(in);
    }

    @Override
    public String toString() {
        return "ObjectShape[" + type.getSimpleName() + "]";
    }
}
