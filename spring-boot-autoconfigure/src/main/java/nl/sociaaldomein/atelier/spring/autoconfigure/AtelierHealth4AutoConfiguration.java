package nl.sociaaldomein.atelier.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health on Spring Boot 4, whose health API moved to
 * {@code org.springframework.boot.health.contributor}: the same {@code atelier} component. (Only where
 * Boot 3's API is absent, so that an application never gets both.)
 */
@AutoConfiguration(after = AtelierAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnMissingClass("org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(JournalCheck.class)
public class AtelierHealth4AutoConfiguration {

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
