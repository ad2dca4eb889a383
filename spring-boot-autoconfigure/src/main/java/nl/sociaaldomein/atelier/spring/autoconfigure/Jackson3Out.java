package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;
import nl.sociaaldomein.atelier.render.RenderOptions;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** A shape's writes on a Jackson 3 generator: the same calls {@code atelier-jackson} makes on a Jackson 2 one. */
final class Jackson3Out implements JsonOut {

    /** Parses the JSON other parts of the library made (journal payloads, rendered reports); plain, so host settings do not apply. */
    private static final JsonMapper PARSER = JsonMapper.builder().build();

    private final JsonGenerator json;
    private final RenderOptions options;

    Jackson3Out(JsonGenerator json, RenderOptions options) {
        this.json = json;
        this.options = options;
    }

    @Override
    public RenderOptions options() {
        return options;
    }

    @Override
    public void startObject() {
        json.writeStartObject();
    }

    @Override
    public void endObject() {
        json.writeEndObject();
    }

    @Override
    public void startArray() {
        json.writeStartArray();
    }

    @Override
    public void endArray() {
        json.writeEndArray();
    }

    @Override
    public void name(String name) {
        json.writeName(name);
    }

    @Override
    public void string(String value) {
        json.writeString(value);
    }

    @Override
    public void number(long value) {
        json.writeNumber(value);
    }

    @Override
    public void bool(boolean value) {
        json.writeBoolean(value);
    }

    @Override
    public void nullValue() {
        json.writeNull();
    }

    @Override
    public void tree(JsonTree value) {
        // Node by node through this generator, so the host's pretty printing applies.
        json.writeTree(((Jackson3Tree) value).node());
    }

    @Override
    public JsonTree parse(String text) {
        return new Jackson3Tree(PARSER.readTree(text));
    }
}
