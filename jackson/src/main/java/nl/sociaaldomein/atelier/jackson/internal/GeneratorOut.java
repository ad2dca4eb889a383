package nl.sociaaldomein.atelier.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.JsonTree;
import nl.sociaaldomein.atelier.render.RenderOptions;

/** A shape's writes on a Jackson 2 generator; an I/O failure travels as {@link UncheckedIOException}. */
final class GeneratorOut implements JsonOut {

    /** Writes trees; plain, so host settings do not apply. */
    private static final ObjectMapper PARSER = new ObjectMapper();

    private final JsonGenerator json;
    private final RenderOptions options;
    private final SerializerProvider provider;

    GeneratorOut(JsonGenerator json, RenderOptions options, SerializerProvider provider) {
        this.json = json;
        this.options = options;
        this.provider = provider;
    }

    @Override
    public RenderOptions options() {
        return options;
    }

    @Override
    public void startObject() {
        run(json::writeStartObject);
    }

    @Override
    public void endObject() {
        run(json::writeEndObject);
    }

    @Override
    public void startArray() {
        run(json::writeStartArray);
    }

    @Override
    public void endArray() {
        run(json::writeEndArray);
    }

    @Override
    public void name(String name) {
        run(() -> json.writeFieldName(name));
    }

    @Override
    public void string(String value) {
        run(() -> json.writeString(value));
    }

    @Override
    public void number(long value) {
        run(() -> json.writeNumber(value));
    }

    @Override
    public void bool(boolean value) {
        run(() -> json.writeBoolean(value));
    }

    @Override
    public void nullValue() {
        run(json::writeNull);
    }

    @Override
    public void tree(JsonTree value) {
        // Written node by node through this generator, so the host's pretty printing applies.
        run(() -> PARSER.writeTree(json, ((NodeTree) value).node()));
    }

    @Override
    public void value(Object value) {
        // The host's serializers, with this write's attributes (its audience and language) kept.
        run(() -> provider.defaultSerializeValue(value, json));
    }

    @Override
    public JsonTree parse(String text) {
        try {
            return NodeTree.parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the library wrote JSON it cannot read back", e);
        }
    }

    private static void run(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }
}
