package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import nl.sociaaldomein.atelier.jackson.AtelierJsonException;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.ShapeException;
import nl.sociaaldomein.atelier.jackson.types.ResultProblemShapes;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * Reads a {@link Result} in its shape ({@link ResultProblemShapes#result}), its value as the type
 * the caller asked for: {@code mapper.readValue(json, new TypeReference<Result<Money>>() {})}.
 * Asked for a bare {@code Result}, the value is read as Jackson reads an {@code Object} (maps and
 * lists).
 */
public final class ResultDeserializer extends StdDeserializer<Result<?>> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final transient JavaType valueType;

    /** A reader of results whose value type is not known yet (Jackson asks for the contextual one). */
    public ResultDeserializer() {
        this(null);
    }

    private ResultDeserializer(JavaType valueType) {
        super(Result.class);
        this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType asked = property != null ? property.getType() : context.getContextualType();
        JavaType value = asked == null ? null : asked.findSuperType(Result.class) == null ? null
            : asked.findSuperType(Result.class).containedType(0);
        return new ResultDeserializer(value != null ? value : context.constructType(Object.class));
    }

    @Override
    public Result<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JavaType type = valueType != null ? valueType : context.constructType(Object.class);
        NodeTree tree = NodeTree.read(parser);
        try {
            return JsonIn.read(ResultProblemShapes.result(new HostValueShape(type, context)), tree,
                context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        } catch (ShapeException e) {
            throw new AtelierJsonException(parser, Result.class, e.problems());
        }
    }
}
