package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The same shapes as {@link AtelierJackson2Module} for Jackson 3, Spring Boot 4's default JSON
 * mapper: a thin adapter, so that an application on Boot 4 needs no Jackson 2 support. A profile's
 * own Jackson 2 modules have no Jackson 3 counterpart yet and are not registered here.
 */
public final class AtelierJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public AtelierJackson3Module() {
        super("atelier-spring");
        addSerializer(Money.class, new StdSerializer<>(Money.class) {
            @Override
            public void serialize(Money value, JsonGenerator out, SerializationContext context) {
                out.writeString(JsonAmounts.text(value));
            }
        });
        addSerializer(Text.class, new StdSerializer<>(Text.class) {
            @Override
            public void serialize(Text value, JsonGenerator out, SerializationContext context) {
                out.writeStartObject();
                out.writeStringProperty("nl", value.nl());
                out.writeStringProperty("en", value.en());
                out.writeEndObject();
            }
        });
    }
}
