package nl.sociaaldomein.atelier.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ActuatorAndJsonTest {

    @TempDir
    Path folder;

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AtelierAutoConfiguration.class, AtelierHealthAutoConfiguration.class,
                AtelierHealth4AutoConfiguration.class, AtelierMetricsAutoConfiguration.class, AtelierJacksonAutoConfiguration.class,
                JacksonAutoConfiguration.class))
            .withPropertyValues("atelier.profile=groningen", "atelier.store=" + folder.resolve("atelier.db"))
            .withUserConfiguration(AtelierAutoConfigurationTest.Budget.class);
    }

    @Test
    void health_is_up_with_the_store_and_what_was_verified_and_down_when_the_store_is_gone() {
        runner().run(context -> {
            HealthIndicator indicator = context.getBean("atelierHealthIndicator", HealthIndicator.class);
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("journal", "ledger").containsEntry("verifiedAtStart", "whole-chain")
                .containsEntry("headAtStart", 0L).containsKey("store");
            context.getBean(nl.sociaaldomein.atelier.store.jdbc.JournalStore.class).close();
            Health down = indicator.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsKey("error");
        });
    }

    @Test
    void metrics_count_postings_refusals_and_late_registrations() {
        runner().run(context -> {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean("atelierMeters", MeterBinder.class).bindTo(registry);
            LedgerPostings postings = context.getBean(LedgerPostings.class);
            postings.post(List.of(AtelierAutoConfigurationTest.grant("a", 900)));
            try {
                postings.post(List.of(AtelierAutoConfigurationTest.grant("b", 900)));
            } catch (nl.sociaaldomein.atelier.problem.ProblemException expected) {
                // counted below
            }
            assertThat(registry.get("atelier.ledger.postings").functionCounter().count()).isEqualTo(1.0);
            assertThat(registry.get("atelier.ledger.refusals").functionCounter().count()).isEqualTo(1.0);
            assertThat(registry.get("atelier.ledger.late-registrations").functionCounter().count()).isEqualTo(0.0);
        });
    }

    @Test
    void boots_object_mapper_writes_atelier_jacksons_shapes_in_the_profiles_language() {
        runner().run(context -> {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            String json = mapper.writeValueAsString(Map.of("amount", Money.ofCents(88_768_501), "label", Text.of("besluit", "decision")));
            assertThat(json).contains("\"amount\":{\"cents\":88768501,\"amount\":\"887685.01\",\"text\":\"€ 887.685,01\"}")
                .contains("\"label\":{\"nl\":\"besluit\",\"en\":\"decision\"}");
            assertThat(mapper.readValue("{\"cents\":-5}", Money.class)).isEqualTo(Money.ofCents(-5));
        });
    }
}
