package nl.sociaaldomein.atelier.examples.web;

import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.profile.groningen.GroningenRound2016;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The round this application runs: Groningen's Innovatieatelier Sociaal Domein 2016 as the
 * Groningen profile ships it, under the profile's limits. Its budget tree is what the starter
 * keeps the ledger over.
 */
@Configuration(proxyBeanMethods = false)
public class RoundConfiguration {

    @Bean
    RoundPlan roundPlan(LoadedProfile profile) {
        if (!profile.id().equals("groningen")) {
            throw new IllegalStateException("the example web application runs Groningen's 2016 round: set atelier.profile=groningen, not "
                + profile.id());
        }
        RoundPlan plan = GroningenRound2016.plan();
        return plan.withCall(profile.thresholds().applyTo(plan.call()));
    }

    @Bean
    BudgetTree budgetTree(RoundPlan plan) {
        return plan.budget();
    }
}
