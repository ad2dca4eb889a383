package nl.sociaaldomein.atelier.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AtelierAutoConfigurationTest {

    static final LocalDate DAY = LocalDate.of(2016, 5, 31);

    @TempDir
    Path folder;

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AtelierAutoConfiguration.class))
            .withPropertyValues("atelier.store=" + folder.resolve("atelier.db"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Budget {
        @Bean
        BudgetTree budgetTree() {
            return BudgetTree.ofValid(Pot.programme("pot", "Innovatiepot", Money.ofEuros(1_000), BudgetPeriod.year(2016)));
        }
    }

    static LedgerEntry.Grant grant(String id, long euros) {
        return new LedgerEntry.Grant(id, DAY, "collegebesluit", "test", id, "Initiatief " + id, Money.ofEuros(euros),
            List.of(Funding.of("pot")), Optional.empty());
    }

    @Test
    void the_profile_and_store_come_from_the_properties() {
        runner().withPropertyValues("atelier.profile=hoogeveen").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LoadedProfile.class).id()).isEqualTo("hoogeveen");
            assertThat(context.getBean(JournalStore.class).location()).contains(folder.resolve("atelier.db").toString());
            assertThat(context.getBean(JournalCheck.class).stream()).isEqualTo("ledger");
            // Without a budget tree the application has no ledger to speak of: none is made up.
            assertThat(context).doesNotHaveBean(Ledger.class);
        });
    }

    @Test
    void an_unknown_or_missing_profile_stops_the_start_naming_the_profiles_there_are() {
        runner().withPropertyValues("atelier.profile=utrecht").run(context -> assertThat(context).getFailure()
            .hasStackTraceContaining("atelier.profile").hasStackTraceContaining("groningen, hoogeveen"));
        runner().run(context -> assertThat(context).getFailure()
            .hasStackTraceContaining("no profile is chosen"));
    }

    @Test
    void with_a_budget_tree_the_ledger_is_kept_in_the_store_and_refusals_are_problems() {
        runner().withPropertyValues("atelier.profile=groningen").withUserConfiguration(Budget.class).run(context -> {
            LedgerPostings postings = context.getBean(LedgerPostings.class);
            postings.post(List.of(grant("a", 600)));
            assertThatThrownBy(() -> postings.post(List.of(grant("b", 500))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.code()).isEqualTo("ledger.exceeds-remaining");
                        assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
                        assertThat(p.place().subject("entry")).contains("b");
                        assertThat(p.message().nl()).startsWith("het grootboek weigert").contains("€ 400");
                    });
                });
            AtelierCounters counters = context.getBean(AtelierCounters.class);
            assertThat(counters.postings()).isEqualTo(1);
            assertThat(counters.refusals()).isEqualTo(1);
        });
        // A second start reads the ledger back from the file, verified.
        runner().withPropertyValues("atelier.profile=groningen").withUserConfiguration(Budget.class).run(context -> {
            Ledger ledger = context.getBean(Ledger.class);
            assertThat(ledger.view(DAY).pot("pot").orElseThrow().remaining()).isEqualTo(Money.ofEuros(400));
            assertThat(context.getBean(JournalCheck.class).headAtStart()).isEqualTo(1);
        });
    }

    @Test
    void an_entry_effective_before_one_posted_earlier_counts_as_a_late_registration() {
        runner().withPropertyValues("atelier.profile=groningen").withUserConfiguration(Budget.class).run(context -> {
            LedgerPostings postings = context.getBean(LedgerPostings.class);
            postings.post(List.of(grant("a", 100)));
            postings.post(List.of(new LedgerEntry.Grant("c", DAY.minusDays(3), "collegebesluit", "test", "c", "C",
                Money.ofEuros(100), List.of(Funding.of("pot")), Optional.empty())));
            postings.post(List.of(grant("a", 100)));   // a retry: nothing new
            AtelierCounters counters = context.getBean(AtelierCounters.class);
            assertThat(counters.postings()).isEqualTo(2);
            assertThat(counters.lateRegistrations()).isEqualTo(1);
        });
    }

    @Test
    void a_journal_changed_behind_the_applications_back_stops_the_start() throws Exception {
        runner().withPropertyValues("atelier.profile=groningen").withUserConfiguration(Budget.class)
            .run(context -> context.getBean(LedgerPostings.class).post(List.of(grant("a", 100))));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("atelier.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER atelier_journal_no_update");
            statement.execute("UPDATE atelier_journal SET payload = replace(payload, '100.00', '1.00') WHERE position = 1");
        }
        runner().withPropertyValues("atelier.profile=groningen").run(context -> assertThat(context).getFailure()
            .hasRootCauseInstanceOf(JournalDamagedException.class).hasStackTraceContaining("position 1"));
    }

    @Test
    void beans_of_the_application_win() {
        runner().withPropertyValues("atelier.profile=groningen")
            .withBean("myProfile", LoadedProfile.class, () -> nl.sociaaldomein.atelier.Atelier.profile("hoogeveen"))
            .run(context -> assertThat(context.getBean(LoadedProfile.class).id()).isEqualTo("hoogeveen"));
    }

    @Test
    void a_store_that_is_not_sqlite_or_postgresql_stops_the_start_naming_the_property() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AtelierAutoConfiguration.class))
            .withPropertyValues("atelier.profile=groningen", "atelier.store=jdbc:mysql://db/atelier?password=geheim")
            .run(context -> assertThat(context).getFailure().hasStackTraceContaining("atelier.store")
                .hasStackTraceContaining("jdbc:postgresql").satisfies(e -> assertThat(stackTrace(e)).doesNotContain("geheim")));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AtelierAutoConfiguration.class))
            .withPropertyValues("atelier.profile=groningen", "atelier.store=datasource")
            .run(context -> assertThat(context).getFailure().hasStackTraceContaining("no single DataSource"));
    }

    static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
