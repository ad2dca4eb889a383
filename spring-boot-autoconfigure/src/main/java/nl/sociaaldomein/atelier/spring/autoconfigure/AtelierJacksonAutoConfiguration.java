package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.jackson.AtelierJacksonModule;
import nl.sociaaldomein.atelier.jackson.types.Frameworks;
import nl.sociaaldomein.atelier.render.RenderOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Atelier's JSON shapes (those of {@code atelier-jackson}, docs/embedding.md) in Boot's mappers: a
 * Jackson 2 module bean (Boot 3's {@code ObjectMapper}, and Boot 4's when the application uses its
 * Jackson 2 support) and a Jackson 3 module bean with the same shapes (Boot 4's
 * {@code JsonMapper}). Boot registers module beans in the mapper it builds; each is declared only
 * when its Jackson and {@code atelier-jackson} are on the classpath. With the profile, the modules
 * write in its language and read assessments against its criteria frameworks.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
    "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"})
@ConditionalOnClass(name = "nl.sociaaldomein.atelier.jackson.AtelierJacksonModule")
public class AtelierJacksonAutoConfiguration {

    /** Jackson 2: {@code atelier-jackson}'s own module, with the profile's Jackson modules. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    static class Jackson2 {

        @Bean
        @ConditionalOnMissingBean
        AtelierJacksonModule atelierJacksonModule(ObjectProvider<LoadedProfile> profile) {
            LoadedProfile loaded = profile.getIfAvailable();
            return loaded == null ? new AtelierJacksonModule() : AtelierJacksonModule.withProfile(loaded);
        }
    }

    /** Jackson 3: the same shapes through a Jackson 3 adapter. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3 {

        @Bean
        @ConditionalOnMissingBean
        AtelierJackson3Module atelierJackson3Module(ObjectProvider<LoadedProfile> profile) {
            LoadedProfile loaded = profile.getIfAvailable();
            return loaded == null ? new AtelierJackson3Module(RenderOptions.defaults(), Frameworks.NONE)
                : new AtelierJackson3Module(RenderOptions.defaults().withLocale(loaded.defaultLocale()),
                    Frameworks.of(loaded.frameworks().values()));
        }
    }
}
