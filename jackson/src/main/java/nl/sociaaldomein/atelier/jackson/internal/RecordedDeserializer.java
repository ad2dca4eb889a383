package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.jackson.types.EventShapes;

/**
 * Reads a {@link Recorded} event, refusing an event of another type than the one asked for
 * ({@code new TypeReference<Recorded<RoundEvent>>() {}}, or a host's field of that type): the
 * event names its own type, so without this check an experiment's event would be handed out as a
 * round's and fail later, far from the JSON.
 */
@SuppressWarnings("rawtypes")
public final class RecordedDeserializer extends StdDeserializer<Recorded> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final transient ShapeDeserializer<Recorded> read;

    /** A reader of recorded events of any type, until Jackson asks for the one with its context. */
    public RecordedDeserializer() {
        this(Object.class);
    }

    private RecordedDeserializer(Class<?> eventType) {
        super(Recorded.class);
        this.read = new ShapeDeserializer<>(EventShapes.recorded(eventType));
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        // The type being read here: a property's, or an element's of a list the property holds.
        JavaType type = context.getContextualType() != null ? context.getContextualType() : property != null ? property.getType() : null;
        JavaType event = type == null || type.findSuperType(Recorded.class) == null ? null : type.findSuperType(Recorded.class).containedType(0);
        return new RecordedDeserializer(event == null ? Object.class : event.getRawClass());
    }

    @Override
    public Recorded deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return read.deserialize(parser, context);
    }
}
