package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;

/** A Jackson 2 tree node as a {@link JsonTree}. */
final class NodeTree implements JsonTree {

    private final JsonNode node;

    NodeTree(JsonNode node) {
        this.node = node;
    }

    JsonNode node() {
        return node;
    }

    @Override
    public Kind kind() {
        if (node.isObject()) {
            return Kind.OBJECT;
        } else if (node.isArray()) {
            return Kind.ARRAY;
        } else if (node.isTextual()) {
            return Kind.STRING;
        } else if (node.isNumber()) {
            return Kind.NUMBER;
        } else if (node.isBoolean()) {
            return Kind.BOOLEAN;
        }
        // Null, and the kinds JSON text never gives (binary, POJO, missing), which no shape reads.
        return Kind.NULL;
    }

    @Override
    public boolean isWholeNumber() {
        return node.isIntegralNumber();
    }

    @Override
    public String text() {
        return node.isTextual() ? node.textValue() : node.asText();
    }

    @Override
    public boolean booleanValue() {
        return node.booleanValue();
    }

    @Override
    public Optional<JsonTree> field(String name) {
        JsonNode value = node.isObject() ? node.get(name) : null;
        return value == null ? Optional.empty() : Optional.of(new NodeTree(value));
    }

    @Override
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    @Override
    public List<JsonTree> elements() {
        List<JsonTree> out = new ArrayList<>(node.size());
        if (node.isArray()) {
            node.forEach(element -> out.add(new NodeTree(element)));
        }
        return out;
    }

    @Override
    public String toJson() {
        return node.toString();
    }
}
