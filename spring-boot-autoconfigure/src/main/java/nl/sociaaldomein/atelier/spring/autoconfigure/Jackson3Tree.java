package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;
import tools.jackson.databind.JsonNode;

/** A Jackson 3 tree node as the {@link JsonTree} Atelier's shapes read. */
final class Jackson3Tree implements JsonTree {

    private final JsonNode node;

    Jackson3Tree(JsonNode node) {
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
        } else if (node.isString()) {
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
        return node.isString() ? node.stringValue() : node.asString();
    }

    @Override
    public boolean booleanValue() {
        return node.booleanValue();
    }

    @Override
    public Optional<JsonTree> field(String name) {
        JsonNode value = node.isObject() ? node.get(name) : null;
        return value == null ? Optional.empty() : Optional.of(new Jackson3Tree(value));
    }

    @Override
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            names.add(property.getKey());
        }
        return names;
    }

    @Override
    public List<JsonTree> elements() {
        List<JsonTree> out = new ArrayList<>(node.size());
        if (node.isArray()) {
            node.forEach(element -> out.add(new Jackson3Tree(element)));
        }
        return out;
    }

    @Override
    public String toJson() {
        return node.toString();
    }
}
