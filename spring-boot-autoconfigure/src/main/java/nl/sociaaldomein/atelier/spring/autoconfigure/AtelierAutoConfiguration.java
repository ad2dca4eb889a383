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

    /**
     * The municipality profile named by {@code atelier.profile}, loaded with its policy.
     *
     * @param properties the application's {@code atelier.*} settings
     * @return the loaded profile
     */
    @Bean
    @ConditionalOnMissingBean
    public LoadedProfile atelierProfile(AtelierProperties properties) {
        return ProfileChoice.load(properties.profile());
    }

    /**
     * The store named by {@code atelier.store}: an SQLite file, a PostgreSQL URL, or the application's own
     * data source when the setting says so.
     *
     * @param properties the application's {@code atelier.*} settings
     * @param dataSource the application's data source, used only when it is the only one
     * @return the opened store
     */
    @Bean
    @ConditionalOnMissingBean
    public JournalStore atelierJournalStore(AtelierProperties properties, ObjectProvider<DataSource> dataSource) {
        return StoreChoice.open(properties.store(), dataSource::getIfUnique);
    }

    /**
     * The ledger's journal, verified as {@code atelier.check} says before the application starts.
     *
     * @param store      the store that holds the journal
     * @param properties the application's {@code atelier.*} settings
     * @return the journal and what was verified
     */
    @Bean
    @ConditionalOnMissingBean
    public JournalCheck atelierJournalCheck(JournalStore store, AtelierProperties properties) {
        return JournalCheck.open(store, properties.ledger(), properties.check());
    }

    /**
     * The counters behind the ledger metrics, starting at zero.
     *
     * @return new counters
     */
    @Bean
    @ConditionalOnMissingBean
    public AtelierCounters atelierCounters() {
        return new AtelierCounters();
    }

    /**
     * How ledger entries are written to and read from the journal: the library's JSON.
     *
     * @return the JSON codec
     */
    @Bean
    @ConditionalOnMissingBean
    public LedgerCodec atelierLedgerCodec() {
        return new JsonLedgerCodec();
    }

    /**
     * The ledger of the application's budget tree, rebuilt from its journal; only when the application
     * declares a {@link BudgetTree} bean.
     *
     * @param tree    the budgets, each with its ceiling
     * @param journal the ledger's verified journal
     * @param codec   how entries are stored
     * @param clock   the application's clock when it has one (the recorded moment of a posting), else UTC
     * @return the ledger
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(BudgetTree.class)
    public Ledger atelierLedger(BudgetTree tree, JournalCheck journal, LedgerCodec codec, ObjectProvider<Clock> clock) {
        Journal ledgerJournal = journal.journal();
        return Ledger.open(tree, ledgerJournal, codec, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The experiment registers, recording in the ledger's journal.
     *
     * @param journal the ledger's verified journal
     * @param clock   the application's clock when it has one, else UTC
     * @return the registers, opened on first use
     */
    @Bean
    @ConditionalOnMissingBean
    public RegisterCommands atelierRegisterCommands(JournalCheck journal, ObjectProvider<Clock> clock) {
        return new RegisterCommands(journal.journal(), clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The rounds of the application's calls, recording in the ledger's journal.
     *
     * @param profile  the municipality profile, whose criteria frameworks assess the rounds
     * @param ledger   the ledger a decision's grants are posted to
     * @param journal  the ledger's verified journal
     * @param counters the counters behind the ledger metrics
     * @param clock    the application's clock when it has one, else UTC
     * @return the rounds, opened on first use
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Ledger.class)
    public RoundCommands atelierRoundCommands(LoadedProfile profile, Ledger ledger, JournalCheck journal, AtelierCounters counters,
                                              ObjectProvider<Clock> clock) {
        return new RoundCommands(profile, ledger, journal.journal(), counters, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Posting to the ledger with refusals as Problem Details and the metrics kept.
     *
     * @param ledger   the application's ledger
     * @param counters the counters behind the ledger metrics
     * @return the posting service
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Ledger.class)
    public LedgerPostings atelierLedgerPostings(Ledger ledger, AtelierCounters counters) {
        return new LedgerPostings(ledger, counters);
    }
}
