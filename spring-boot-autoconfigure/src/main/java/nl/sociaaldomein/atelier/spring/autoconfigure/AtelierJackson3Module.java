package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.jackson.shape.ShapeException;
import nl.sociaaldomein.atelier.jackson.types.AtelierShapes;
import nl.sociaaldomein.atelier.jackson.types.Frameworks;
import nl.sociaaldomein.atelier.render.RenderOptions;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Atelier's values in Jackson 3, Spring Boot 4's default JSON mapper, in exactly the shapes
 * {@code atelier-jackson}'s {@code AtelierJacksonModule} writes in Jackson 2 (documented in
 * docs/embedding.md, "Serializing Atelier's types"): the same {@link Shape}s, written through a
 * Jackson 3 generator and read from a Jackson 3 tree. So an application gives the same JSON on
 * Boot 3 and on Boot 4. A profile's own Jackson 2 modules have no Jackson 3 counterpart and are
 * not registered here.
 */
public final class AtelierJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * The module writing in {@code options} by default (a write may name its own as the
     * {@code RenderOptions} attribute) and reading assessments against {@code frameworks}.
     *
     * @param options    the language and audience of writes that name none
     * @param frameworks the criteria frameworks known by id
     */
    public AtelierJackson3Module(RenderOptions options, Frameworks frameworks) {
        super("atelier-spring-jackson3");
        for (AtelierShapes.Registration<?> registration : AtelierShapes.all(frameworks)) {
            register(registration, options);
        }
    }

    private <T> void register(AtelierShapes.Registration<T> registration, RenderOptions options) {
        Shape<T> shape = registration.shape();
        addSerializer(shape.type(), new Writer<>(shape.type(), shape, options));
        addDeserializer(shape.type(), new Reader<>(shape));
        for (Class<? extends T> subtype : registration.subtypes()) {
            registerSubtype(shape, subtype, options);
        }
    }

    private <T, V extends T> void registerSubtype(Shape<T> shape, Class<V> subtype, RenderOptions options) {
        addSerializer(subtype, new Writer<>(subtype, shape, options));
        addDeserializer(subtype, new Reader<>(Shape.narrowed(shape, subtype)));
    }

    /** Writes a value in its shape, in the write's {@code RenderOptions} attribute or the module's. */
    private static final class Writer<T> extends StdSerializer<T> {

        private final transient Shape<? super T> shape;
        private final RenderOptions defaults;

        Writer(Class<T> type, Shape<? super T> shape, RenderOptions defaults) {
            super(type);
            this.shape = shape;
            this.defaults = defaults;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializationContext context) {
            Object asked = context.getAttribute(RenderOptions.class);
            shape.write(value, new Jackson3Out(json, asked instanceof RenderOptions ? (RenderOptions) asked : defaults));
        }
    }

    /** Reads a value in its shape; JSON that is not one fails naming every problem with its JSON path. */
    private static final class Reader<T> extends StdDeserializer<T> {

        private final transient Shape<T> shape;

        Reader(Shape<T> shape) {
            super(shape.type());
            this.shape = shape;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            Jackson3Tree tree = new Jackson3Tree(context.readTree(parser));
            try {
                return JsonIn.read(shape, tree, context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            } catch (ShapeException e) {
                return context.reportInputMismatch(shape.type(), "not a %s: %s", shape.type().getSimpleName(),
                    ShapeException.message(e.problems()));
            }
        }
    }
}
