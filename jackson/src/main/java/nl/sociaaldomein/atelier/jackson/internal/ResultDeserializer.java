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
import java.util.List;
import nl.sociaaldomein.atelier.jackson.AtelierJsonException;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.ReadProblem;
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

    /** The class the caller asked for: {@code Result} itself, or a subtype of it. */
    private final Class<?> asked;
    private final transient JavaType valueType;

    /**
     * A reader of results whose value type is not known yet (Jackson asks for the contextual one).
     *
     * @param asked {@code Result}, or the variant {@code Result.Ok} or {@code Result.Failed} it is registered for
     */
    public ResultDeserializer(Class<?> asked) {
        this(asked, null);
    }

    @SuppressWarnings("unchecked")
    private ResultDeserializer(Class<?> asked, JavaType valueType) {
        super((Class<Result<?>>) asked);
        this.asked = asked;
        this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        // The type being read here: a property's, or an element's of a list the property holds.
        JavaType type = context.getContextualType() != null ? context.getContextualType() : property != null ? property.getType() : null;
        JavaType value = type == null ? null : type.findSuperType(Result.class) == null ? null
            : type.findSuperType(Result.class).containedType(0);
        return new ResultDeserializer(asked, value != null ? value : context.constructType(Object.class));
    }

    @Override
    public Result<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JavaType type = valueType != null ? valueType : context.constructType(Object.class);
        NodeTree tree = NodeTree.read(parser);
        Result<?> result;
        try {
            result = JsonIn.read(ResultProblemShapes.result(new HostValueShape(type, context)), tree,
                context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        } catch (ShapeException e) {
            throw new AtelierJsonException(parser, asked, e.problems());
        }
        if (!asked.isInstance(result)) {
            throw new AtelierJsonException(parser, asked, List.of(new ReadProblem("$.ok",
                "is " + result.isOk() + ", so this is a " + result.getClass().getSimpleName() + " result, not a " + asked.getSimpleName())));
        }
        return result;
    }
}
