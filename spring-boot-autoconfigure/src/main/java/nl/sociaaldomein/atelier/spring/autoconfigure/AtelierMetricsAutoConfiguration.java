package nl.sociaaldomein.atelier.spring.autoconfigure;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics, on every Boot version alike: a {@link MeterBinder}, which Boot binds to
 * every meter registry it has. {@code atelier.ledger.postings} (entries posted),
 * {@code atelier.ledger.refusals} (postings and commands refused) and
 * {@code atelier.ledger.late-registrations} (entries effective before one posted earlier), all
 * counted since the application started.
 */
@AutoConfiguration(after = AtelierAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
@ConditionalOnBean(AtelierCounters.class)
public class AtelierMetricsAutoConfiguration {

    /**
     * The three ledger counters as Micrometer function counters.
     *
     * @param counters the counters to publish
     * @return the binder Boot applies to each meter registry
     */
    @Bean(name = "atelierMeters")
    @ConditionalOnMissingBean(name = "atelierMeters")
    public MeterBinder atelierMeters(AtelierCounters counters) {
        return registry -> {
            FunctionCounter.builder("atelier.ledger.postings", counters, AtelierCounters::postings)
                .description("Ledger entries posted since the application started").baseUnit("entries").register(registry);
            FunctionCounter.builder("atelier.ledger.refusals", counters, AtelierCounters::refusals)
                .description("Postings and commands refused (nothing recorded) since the application started").register(registry);
            FunctionCounter.builder("atelier.ledger.late-registrations", counters, AtelierCounters::lateRegistrations)
                .description("Entries posted with an effective date before an entry posted earlier").baseUnit("entries").register(registry);
        };
    }
}
