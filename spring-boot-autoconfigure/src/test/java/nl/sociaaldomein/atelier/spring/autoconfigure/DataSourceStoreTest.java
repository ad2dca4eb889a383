package nl.sociaaldomein.atelier.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.store.jdbc.EmbeddedPostgresServer;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code atelier.store=datasource}: the journals in the application's own PostgreSQL, through its pool. */
class DataSourceStoreTest {

    @Test
    void the_ledger_is_kept_in_the_applications_postgresql_and_read_back_on_the_next_start() {
        String url = EmbeddedPostgresServer.shared().newDatabase();
        ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AtelierAutoConfiguration.class))
            .withPropertyValues("atelier.profile=groningen", "atelier.store=datasource", "spring.datasource.url=" + url)
            .withUserConfiguration(AtelierAutoConfigurationTest.Budget.class);
        runner.run(context -> {
            assertThat(context).hasSingleBean(DataSource.class);
            assertThat(context.getBean(JournalStore.class).location()).isEqualTo("PostgreSQL the application's data source");
            context.getBean(LedgerPostings.class).post(List.of(AtelierAutoConfigurationTest.grant("a", 250)));
        });
        runner.run(context -> assertThat(context.getBean(Ledger.class).view(AtelierAutoConfigurationTest.DAY).pot("pot")
            .orElseThrow().remaining()).isEqualTo(Money.ofEuros(750)));
    }
}
