package nl.sociaaldomein.atelier.profile.tck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Source;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * A round generated for a profile: one of its criteria frameworks, initiatives by natural persons
 * (with names that must never be published) and organisations, requests from nothing to twice
 * the profile's maximum, a call whose own maximum lies below, at or above the profile's, scores
 * on every criterion's scale (some left out), and a pot from empty to more than enough.
 *
 * @param plan    the round as a round file would hold it, its call already under the profile's limits
 * @param privateNames the names of the natural persons in it
 */
record GeneratedRound(RoundPlan plan, CriteriaFramework framework, List<String> privateNames) {

    static final String POT = "pot";
    private static final String LETTERS = "bcdfghjklmnpqrstvwxz";

    @Override
    public String toString() {
        return "round of " + plan.portfolio().initiatives().size() + " initiatives, framework " + framework.id() + ", call maximum "
            + plan.call().maximumAmount() + " (" + plan.call().aboveMaximum().code() + "), pot " + plan.budget().pot(POT).get().ceiling()
            + ", requests " + plan.portfolio().initiatives().stream().map(i -> i.requestedAmount().map(Money::toString).orElse("none")).toList();
    }

    static Gen<GeneratedRound> of(List<CriteriaFramework> frameworks, Municipality municipality, Thresholds thresholds) {
        return source -> generate(source, frameworks, municipality, thresholds);
    }

    private static GeneratedRound generate(Source source, List<CriteriaFramework> frameworks, Municipality municipality, Thresholds thresholds) {
        CriteriaFramework framework = frameworks.get(Gen.ints(0, frameworks.size() - 1).generate(source));
        long maximum = thresholds.maxPerInitiative().cents();
        int count = Gen.ints(0, 12).generate(source);
        List<Initiative> initiatives = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<AssessorScore> scores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "g" + i;
            Applicant applicant;
            if (Gen.booleans().generate(source)) {
                // Two made-up words no report has any reason to contain, unless it shows the name.
                String name = "Xq" + Gen.strings(LETTERS, 6, 6).generate(source) + " Zv" + Gen.strings(LETTERS, 6, 6).generate(source);
                names.add(name);
                applicant = Applicant.naturalPerson(name);
            } else {
                applicant = Applicant.organisation("Stichting " + id, OrganisationKind.FOUNDATION);
            }
            ImmutableInitiative.Builder initiative = Initiative.builder().id(id).title("Initiatief " + id).applicant(applicant)
                .submissionDate(LocalDate.of(2025, 3, 1).plusDays(Gen.ints(0, 40).generate(source)));
            if (Gen.ints(0, 9).generate(source) > 0) {
                initiative.requestedAmount(Money.ofCents(Gen.longs(0, Math.multiplyExact(maximum, 2)).generate(source)));
            }
            initiatives.add(initiative.build());
            for (Criterion criterion : framework.criteria()) {
                if (!criterion.isAutomatic() && Gen.ints(0, 9).generate(source) > 0) {
                    scores.add(new AssessorScore("a", id, criterion.id(),
                        Gen.ints(criterion.scale().min(), criterion.scale().max()).generate(source)));
                }
            }
        }
        long callMaximum = Math.max(1, Gen.longs(maximum / 2, Math.multiplyExact(maximum, 2)).generate(source));
        Call asPublished = Call.builder().id("generated").municipality(municipality).name("Gegenereerde oproep").potId(POT)
            .maximumAmount(Money.ofCents(callMaximum)).oneOff(Gen.booleans().generate(source))
            .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 30))).build();
        Money ceiling = Money.ofCents(Gen.longs(0, Math.multiplyExact(maximum, Math.max(1, count))).generate(source));
        BudgetTree budget = BudgetTree.ofValid(Pot.programme(POT, "Gegenereerde pot", ceiling, BudgetPeriod.year(2025)));
        Portfolio portfolio = Portfolio.builder().municipality(municipality).addAllInitiatives(initiatives).build();
        RoundPlan plan = new RoundPlan(Optional.empty(), portfolio, budget, thresholds.applyTo(asPublished), framework.id(), scores, Optional.empty());
        return new GeneratedRound(plan, framework, List.copyOf(names));
    }
}
