package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import nl.sociaaldomein.atelier.jackson.AtelierJsonException;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.ReadProblem;
import nl.sociaaldomein.atelier.jackson.shape.Shape;

/**
 * A value of a type the caller names (the {@code T} of a {@code Result<T>}), read by the host's
 * mapper, which knows Atelier's types through the module and the host's own besides. Its
 * problems are placed under the value: {@code $.value.cents: ...}.
 */
final class HostValueShape implements Shape<Object> {

    private final JavaType type;
    private final DeserializationContext context;

    HostValueShape(JavaType type, DeserializationContext context) {
        this.type = type;
        this.context = context;
    }

    @Override
    public Class<Object> type() {
        @SuppressWarnings("unchecked")
        Class<Object> raw = (Class<Object>) type.getRawClass();
        return raw;
    }

    @Override
    public void write(Object value, JsonOut out) {
        out.value(value);
    }

    @Override
    public Object read(JsonIn in) {
        in.ignoreAll(); // the host's reader decides which fields it knows
        try {
            return context.readTreeAsValue(((NodeTree) in.tree()).node(), type);
        } catch (AtelierJsonException e) {
            for (ReadProblem problem : e.problems()) {
                in.problemWithin(problem.path(), problem.message());
            }
        } catch (JsonMappingException e) {
            in.problem("not a " + type.getRawClass().getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            in.problem("cannot be read: " + e.getMessage());
        }
        return null;
    }
}
