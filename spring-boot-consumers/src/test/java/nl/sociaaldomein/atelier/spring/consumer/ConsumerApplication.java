package nl.sociaaldomein.atelier.spring.consumer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.spring.autoconfigure.LedgerPostings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A vendor's application as small as it gets: a budget, and one controller that grants from it. */
@SpringBootApplication
public class ConsumerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsumerApplication.class, args);
    }

    @Bean
    BudgetTree budget() {
        return BudgetTree.ofValid(Pot.programme("wmo", "Innovatie Wmo", Money.ofEuros(1_000), BudgetPeriod.year(2025)));
    }

    @RestController
    static class Grants {

        private final LedgerPostings postings;

        Grants(LedgerPostings postings) {
            this.postings = postings;
        }

        @PostMapping("/grants/{id}/{euros}")
        Map<String, Object> grant(@PathVariable("id") String id, @PathVariable("euros") long euros) {
            postings.post(List.of(new LedgerEntry.Grant(id, LocalDate.of(2025, 3, 1), "collegebesluit", "consumer", id,
                "Initiatief " + id, Money.ofEuros(euros), List.of(Funding.of("wmo")), Optional.empty())));
            return pot();
        }

        /** One value of each type the starter's own endpoints return, written by Boot's mapper (Jackson 2 on Boot 3, 3 on Boot 4). */
        @GetMapping("/shapes")
        List<Object> shapes() {
            return ShapeSamples.values(postings.ledger().view().pot("wmo").orElseThrow());
        }

        @GetMapping("/pot")
        Map<String, Object> pot() {
            PotView pot = postings.ledger().view().pot("wmo").orElseThrow();
            return Map.of("id", pot.id(), "remaining", pot.remaining());
        }
    }
}
