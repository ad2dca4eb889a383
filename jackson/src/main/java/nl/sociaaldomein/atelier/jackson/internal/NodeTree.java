package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;

/** A Jackson 2 tree node as a {@link JsonTree}. */
final class NodeTree implements JsonTree {

    /**
     * Parses numbers exactly as written: a fraction as a {@code BigDecimal} with its trailing
     * zeros ({@code 12000.50} stays {@code 12000.50}, never the double {@code 12000.5} or
     * {@code 1.000000001E7}), so a journal payload's amounts read and write back unchanged.
     */
    private static final ObjectMapper EXACT = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final JsonNode node;

    NodeTree(JsonNode node) {
        this.node = node;
    }

    /**
     * The JSON value at the parser, numbers exact.
     *
     * @param parser at the value's first token
     * @return the value
     * @throws IOException when it is no JSON
     */
    static NodeTree read(JsonParser parser) throws IOException {
        return new NodeTree(EXACT.readTree(parser));
    }

    /**
     * JSON text, numbers exact.
     *
     * @param text the text
     * @return the value
     * @throws IOException when it is no JSON
     */
    static NodeTree parse(String text) throws IOException {
        return new NodeTree(EXACT.readTree(text));
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
