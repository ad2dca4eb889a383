package nl.sociaaldomein.atelier.spring.autoconfigure;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health on Spring Boot 3 ({@code org.springframework.boot.actuate.health}): the
 * {@code atelier} component of {@code /actuator/health}.
 */
@AutoConfiguration(after = AtelierAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(JournalCheck.class)
public class AtelierHealthAutoConfiguration {

    /**
     * The {@code atelier} health component: up when the store answers, with the details of {@link StoreHealth}.
     *
     * @param check the ledger's journal as verified at start
     * @return the health indicator
     */
    @Bean(name = "atelierHealthIndicator")
    @ConditionalOnMissingBean(name = "atelierHealthIndicator")
    public HealthIndicator atelierHealthIndicator(JournalCheck check) {
        StoreHealth health = new StoreHealth(check);
        return () -> {
            StoreHealth.Status status = health.check();
            return (status.up() ? Health.up() : Health.down()).withDetails(status.details()).build();
        };
    }
}
