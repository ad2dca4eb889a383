package nl.sociaaldomein.atelier.jackson.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sealed type written as an object whose first field names the variant, e.g.
 * {@code {"kind": "granted", ...}} for a granted decision. Each variant has an id and an
 * {@link ObjectShape} for its own fields.
 *
 * @param <T> the sealed type
 */
public final class Variants<T> implements Shape<T> {

    private final Class<T> type;
    private final String idField;
    private final List<Variant<? extends T>> variants = new ArrayList<>();

    private Variants(Class<T> type, String idField) {
        this.type = Objects.requireNonNull(type, "type");
        this.idField = Objects.requireNonNull(idField, "idField");
    }

    /**
     * A sealed type with no variants yet.
     *
     * @param <T>     the type
     * @param type    the type
     * @param idField the field that names the variant, e.g. {@code kind} or {@code type}
     * @return the shape, to add variants to
     */
    public static <T> Variants<T> of(Class<T> type, String idField) {
        return new Variants<>(type, idField);
    }

    /**
     * Adds a variant.
     *
     * @param <V>     the variant's type
     * @param id      its id in JSON
     * @param variant its class
     * @param shape   its fields
     * @return this
     */
    public <V extends T> Variants<T> with(String id, Class<V> variant, ObjectShape<V> shape) {
        variants.add(new Variant<>(id, variant, shape));
        return this;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    /**
     * The classes of the variants, for registering each with a JSON library.
     *
     * @return the classes, in the order added
     */
    public List<Class<? extends T>> variantClasses() {
        return variants.stream().<Class<? extends T>>map(Variant::type).toList();
    }

    /**
     * The id field of this type.
     *
     * @return e.g. {@code kind}
     */
    public String idField() {
        return idField;
    }

    @Override
    public void write(T value, JsonOut out) {
        out.startObject();
        writeVariant(value, variantOf(value), out);
        out.endObject();
    }

    private <V extends T> void writeVariant(T value, Variant<V> variant, JsonOut out) {
        out.field(idField, variant.id());
        variant.shape().writeFields(variant.type().cast(value), out);
    }

    private Variant<? extends T> variantOf(T value) {
        for (Variant<? extends T> variant : variants) {
            if (variant.type().isInstance(value)) {
                return variant;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no JSON shape for " + value.getClass().getName());
    }

    @Override
    public T read(JsonIn in) {
        if (!in.requireObject()) {
            return null;
        }
        String id = in.string(idField);
        if (id == null) {
            return null;
        }
        for (Variant<? extends T> variant : variants) {
            if (variant.id().equals(id)) {
                return variant.shape().readFields(in);
            }
        }
        in.fieldProblem(idField, "must be one of " + variants.stream().map(Variant::id).collect(Collectors.joining(", "))
            + ", not '" + id + "'");
        return null;
    }

    private record Variant<V>(String id, Class<V> type, ObjectShape<V> shape) {
    }
}
