package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Edits of a JSON tree that leave the tree itself untouched: only the objects and lists on the way
 * to an edit are copied, each once, and the rest is shared. A document of millions of values is
 * never copied whole to take a few out.
 */
final class CopyOnEdit {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode original;
    private final Map<JsonNode, JsonNode> copies = new IdentityHashMap<>();
    /** The copies made, to tell them from the nodes they were copied from. */
    private final Set<JsonNode> made = Collections.newSetFromMap(new IdentityHashMap<>());

    CopyOnEdit(JsonNode original) {
        this.original = original;
    }

    /**
     * Takes out the value at a JSON Pointer: a field is left out of its object, an element of a
     * list becomes null (so the elements after it keep their index, and so their path). Nothing
     * happens when there is no value there (any more).
     */
    void remove(String pointer) {
        edit(pointer, null);
    }

    /** Puts {@code value} in place of the value at a JSON Pointer, when there is one. */
    void replace(String pointer, JsonNode value) {
        edit(pointer, value);
    }

    private void edit(String pointer, JsonNode replacement) {
        if (pointer.isEmpty() || !original.isContainerNode()) {
            return;
        }
        String[] names = pointer.substring(1).split("/", -1);
        JsonNode copy = copyOf(original);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].replace("~1", "/").replace("~0", "~");
            // Walk the edited tree, so that a part taken out before stays out.
            JsonNode child = child(copy, name);
            if (child == null) {
                return;
            }
            if (i == names.length - 1) {
                if (replacement != null) {
                    set(copy, name, replacement);
                } else if (copy instanceof ObjectNode object) {
                    object.remove(name);
                } else {
                    ((ArrayNode) copy).set(Integer.parseInt(name), NullNode.getInstance());
                }
                return;
            }
            if (!child.isContainerNode()) {
                return;
            }
            JsonNode childCopy = made.contains(child) ? child : copyOf(child);
            set(copy, name, childCopy);
            copy = childCopy;
        }
    }

    /** The tree with the edits made; the original itself when there were none. */
    JsonNode result() {
        return copies.getOrDefault(original, original);
    }

    /** The tree without the fields whose value is null; the same tree when it has none. */
    static JsonNode withoutNullFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = null;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                JsonNode pruned = value.isNull() ? null : withoutNullFields(value);
                if (pruned != value) {
                    copy = copy != null ? copy : NODES.objectNode().setAll(object);
                    if (pruned == null) {
                        copy.remove(field.getKey());
                    } else {
                        copy.set(field.getKey(), pruned);
                    }
                }
            }
            return copy != null ? copy : object;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = null;
            for (int i = 0; i < array.size(); i++) {
                JsonNode pruned = withoutNullFields(array.get(i));
                if (pruned != array.get(i)) {
                    copy = copy != null ? copy : NODES.arrayNode().addAll(array);
                    copy.set(i, pruned);
                }
            }
            return copy != null ? copy : array;
        }
        return node;
    }

    private JsonNode copyOf(JsonNode container) {
        return copies.computeIfAbsent(container, c -> {
            JsonNode copy = c instanceof ObjectNode object ? NODES.objectNode().setAll(object) : NODES.arrayNode().addAll((ArrayNode) c);
            made.add(copy);
            return copy;
        });
    }

    private static JsonNode child(JsonNode container, String name) {
        if (container instanceof ObjectNode object) {
            return object.get(name);
        }
        if (!name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(name);
            return index < container.size() ? container.get(index) : null;
        }
        return null;
    }

    private static void set(JsonNode container, String name, JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set(name, value);
        } else {
            ((ArrayNode) container).set(Integer.parseInt(name), value);
        }
    }
}
