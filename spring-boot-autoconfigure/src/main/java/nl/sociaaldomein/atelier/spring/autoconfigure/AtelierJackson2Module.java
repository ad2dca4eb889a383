package nl.sociaaldomein.atelier.spring.autoconfigure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The starter's Jackson 2 module, registered in Boot's {@code ObjectMapper}: {@link Money} as a
 * string of euros with two decimals, {@link Text} as {@code {"nl": …, "en": …}}, and whatever
 * modules the profile adds for its own formats.
 */
public final class AtelierJackson2Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private final transient List<Module> profileModules;

    public AtelierJackson2Module(List<Module> profileModules) {
        super("atelier-spring");
        this.profileModules = List.copyOf(profileModules);
        addSerializer(Money.class, new StdSerializer<>(Money.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Money value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(JsonAmounts.text(value));
            }
        });
        addSerializer(Text.class, new StdSerializer<>(Text.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Text value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartObject();
                out.writeStringField("nl", value.nl());
                out.writeStringField("en", value.en());
                out.writeEndObject();
            }
        });
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        profileModules.forEach(module -> module.setupModule(context));
    }
}
