package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.render.RenderOptions;

/**
 * Writes a value in its {@link Shape}. The language and audience are the write's
 * {@link RenderOptions} attribute ({@code writer().withAttribute(RenderOptions.class, ...)}) when
 * it has one, the module's otherwise.
 *
 * @param <T> the type written
 */
public final class ShapeSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Shape<? super T> shape;
    /** The options a write uses when the mapper's view names none. */
    private final RenderOptions defaults;

    /**
     * A serializer.
     *
     * @param type     the type it is registered for
     * @param shape    the shape
     * @param defaults the options when the write names none
     */
    public ShapeSerializer(Class<T> type, Shape<? super T> shape, RenderOptions defaults) {
        super(type);
        this.shape = shape;
        this.defaults = defaults;
    }

    @Override
    public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
        Object asked = provider.getAttribute(RenderOptions.class);
        RenderOptions options = asked instanceof RenderOptions ? (RenderOptions) asked : defaults;
        try {
            shape.write(value, new GeneratorOut(json, options, provider));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
