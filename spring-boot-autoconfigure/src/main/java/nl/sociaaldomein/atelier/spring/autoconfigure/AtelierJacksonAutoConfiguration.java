package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.LoadedProfile;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's JSON shapes in Boot's mappers: a Jackson 2 module bean (Boot 3's
 * {@code ObjectMapper}, and Boot 4's when the application uses its Jackson 2 support) and a
 * Jackson 3 module bean (Boot 4's {@code JsonMapper}). Boot registers module beans in the mapper it
 * builds; each is declared only when its Jackson is on the classpath.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
    "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"})
public class AtelierJacksonAutoConfiguration {

    /** Jackson 2. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    static class Jackson2 {

        @Bean
        @ConditionalOnMissingBean
        AtelierJackson2Module atelierJackson2Module(org.springframework.beans.factory.ObjectProvider<LoadedProfile> profile) {
            return new AtelierJackson2Module(profile.getIfAvailable() == null ? java.util.List.of() : profile.getIfAvailable().jacksonModules());
        }
    }

    /** Jackson 3. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3 {

        @Bean
        @ConditionalOnMissingBean
        AtelierJackson3Module atelierJackson3Module() {
            return new AtelierJackson3Module();
        }
    }
}
