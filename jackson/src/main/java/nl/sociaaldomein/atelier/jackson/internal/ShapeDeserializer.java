package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import nl.sociaaldomein.atelier.jackson.AtelierJsonException;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.jackson.shape.ShapeException;

/**
 * Reads a value in its {@link Shape} from the tree of the JSON value at hand; a value that is not
 * one fails with an {@link AtelierJsonException} listing every problem with its JSON path.
 * Unknown fields are refused when the mapper refuses them ({@code FAIL_ON_UNKNOWN_PROPERTIES}).
 *
 * @param <T> the type read
 */
public final class ShapeDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Shape<T> shape;

    /**
     * A deserializer.
     *
     * @param shape the shape
     */
    public ShapeDeserializer(Shape<T> shape) {
        super(shape.type());
        this.shape = shape;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        NodeTree tree = NodeTree.read(parser);
        try {
            return JsonIn.read(shape, tree, context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        } catch (ShapeException e) {
            throw new AtelierJsonException(parser, shape.type(), e.problems());
        }
    }
}
