package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.time.Clock;
import javax.sql.DataSource;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerCodec;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Atelier in a Spring Boot application: the profile named by {@code atelier.profile}, the journal
 * store named by {@code atelier.store}, the ledger's journal (verified when it is opened), and,
 * when the application declares the {@link BudgetTree} it budgets with, the {@link Ledger} kept in
 * that journal with {@link LedgerPostings} to post to it and {@link RoundCommands} to run rounds
 * as commands in the same journal; {@link RegisterCommands} runs experiment registers there. Every bean steps aside for one the
 * application declares itself. Guice wires the profile inside {@link nl.sociaaldomein.atelier.Atelier} and never enters the
 * application context.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(AtelierProperties.class)
public class AtelierAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public LoadedProfile atelierProfile(AtelierProperties properties) {
        return ProfileChoice.load(properties.profile());
    }

    @Bean
    @ConditionalOnMissingBean
    public JournalStore atelierJournalStore(AtelierProperties properties, ObjectProvider<DataSource> dataSource) {
        return StoreChoice.open(properties.store(), dataSource::getIfUnique);
    }

    @Bean
    @ConditionalOnMissingBean
    public JournalCheck atelierJournalCheck(JournalStore store, AtelierProperties properties) {
        return JournalCheck.open(store, properties.ledger(), properties.check());
    }

    @Bean
    @ConditionalOnMissingBean
    public AtelierCounters atelierCounters() {
        return new AtelierCounters();
    }

    @Bean
    @ConditionalOnMissingBean
    public LedgerCodec atelierLedgerCodec() {
        return new JsonLedgerCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(BudgetTree.class)
    public Ledger atelierLedger(BudgetTree tree, JournalCheck journal, LedgerCodec codec, ObjectProvider<Clock> clock) {
        Journal ledgerJournal = journal.journal();
        return Ledger.open(tree, ledgerJournal, codec, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    public RegisterCommands atelierRegisterCommands(JournalCheck journal, ObjectProvider<Clock> clock) {
        return new RegisterCommands(journal.journal(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Ledger.class)
    public RoundCommands atelierRoundCommands(LoadedProfile profile, Ledger ledger, JournalCheck journal, AtelierCounters counters,
                                              ObjectProvider<Clock> clock) {
        return new RoundCommands(profile, ledger, journal.journal(), counters, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Ledger.class)
    public LedgerPostings atelierLedgerPostings(Ledger ledger, AtelierCounters counters) {
        return new LedgerPostings(ledger, counters);
    }
}
