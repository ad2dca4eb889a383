package nl.sociaaldomein.atelier.call;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;

/**
 * Checks a batch of decisions against a round before anything is accepted: each initiative is in
 * the call and decided once, the sequence is legal, no grant exceeds the call's maximum or goes to
 * an initiative barred by one-off support, and no pot is asked for more than it has available
 * (counting what replaced decisions release).
 */
final class AllocationCheck {

    private AllocationCheck() {
    }

    static List<Problem> problems(Round round, List<Decision> decisions, Map<String, PotBalance> pots, boolean revision) {
        List<Problem> problems = new ArrayList<>();
        boolean[] seen = new boolean[round.initiatives().size()];
        Map<String, Long> claims = new HashMap<>();
        Money maximum = round.call().maximumAmount();
        for (Decision decision : decisions) {
            String id = decision.initiativeId();
            int index = round.indexOf(id);
            if (index < 0) {
                problems.add(Problem.notFound("allocation.unknown-initiative", initiative(round, id), "hoort niet bij oproep " + round.call().id(), "is not part of call " + round.call().id()));
                continue;
            }
            if (seen[index]) {
                problems.add(Problem.conflict("allocation.decided-twice", initiative(round, id), "krijgt meer dan één besluit in dezelfde ronde", "is decided more than once in the same run"));
                continue;
            }
            seen[index] = true;
            round.book().refusal(decision, revision).ifPresent(problems::add);
            if (decision instanceof Decision.Granted granted) {
                if (granted.amount().isGreaterThan(maximum)) {
                    problems.add(Problem.invalid("allocation.above-maximum", initiative(round, id), "toegekend " + granted.amount() + " is meer dan het maximum van de oproep (" + maximum + ")",
                        "granted " + granted.amount() + " is above the call's maximum (" + maximum + ")"));
                }
                round.barred(round.initiative(id)).ifPresent(bar -> problems.add(new Problem("allocation.barred", ProblemKind.CONFLICT, initiative(round, id), bar)));
            }
            addClaims(claims, decision.budgetEffect(), 1);
            round.book().current(id).ifPresent(replaced -> addClaims(claims, replaced.budgetEffect(), -1));
        }
        claims.forEach((pot, claim) -> {
            if (claim > 0) {
                checkClaim(problems, pots, pot, claim);
            }
        });
        return problems;
    }

    /**
     * The same checks for the decisions of a columnar trial, on a round with no decisions yet (so
     * no sequence can be refused): read from the columns; a decision is built only to word a problem.
     */
    static List<Problem> problems(Round round, ColumnarDecisions decisions, Map<String, PotBalance> pots) {
        List<Problem> problems = new ArrayList<>();
        boolean[] seen = new boolean[round.initiatives().size()];
        long maximum = round.call().maximumAmount().cents();
        boolean mayBeBarred = round.mayBar();
        long claim = 0;
        for (int i = 0; i < decisions.size(); i++) {
            int position = decisions.positionAt(i);
            if (seen[position]) {
                problems.add(Problem.conflict("allocation.decided-twice", initiative(round, round.initiatives().get(position).id()), "krijgt meer dan één besluit in dezelfde ronde", "is decided more than once in the same run"));
                continue;
            }
            seen[position] = true;
            long granted = decisions.grantedAt(i);
            if (granted > 0) {
                if (granted > maximum) {
                    String id = round.initiatives().get(position).id();
                    Money amount = Money.ofCents(granted);
                    Money max = round.call().maximumAmount();
                    problems.add(Problem.invalid("allocation.above-maximum", initiative(round, id), "toegekend " + amount + " is meer dan het maximum van de oproep (" + max + ")",
                        "granted " + amount + " is above the call's maximum (" + max + ")"));
                }
                if (mayBeBarred) {
                    Initiative initiative = round.initiatives().get(position);
                    round.barred(initiative).ifPresent(bar -> problems.add(new Problem("allocation.barred", ProblemKind.CONFLICT, initiative(round, initiative.id()), bar)));
                }
                claim = Math.addExact(claim, granted);
            }
        }
        if (claim > 0) {
            checkClaim(problems, pots, round.call().potId(), claim);
        }
        return problems;
    }

    private static void checkClaim(List<Problem> problems, Map<String, PotBalance> pots, String pot, long claim) {
        PotBalance balance = pots.get(pot);
        if (balance == null) {
            problems.add(Problem.notFound("allocation.unknown-pot", Place.about("pot", pot), "onbekende pot: er is geen saldo voor opgegeven", "unknown pot: no balance was given for it"));
        } else if (claim > balance.available().cents()) {
            problems.add(Problem.conflict("allocation.exceeds-available", Place.about("pot", pot),
                "de besluiten vragen " + Money.ofCents(claim) + ", beschikbaar is " + balance.available() + " (plafond " + balance.ceiling() + ")",
                "the decisions claim " + Money.ofCents(claim) + ", available is " + balance.available() + " (ceiling " + balance.ceiling() + ")"));
        }
    }

    /** A decision's problem is about the initiative, in the round's call. */
    private static Place initiative(Round round, String id) {
        return Place.about("initiative", id).and("call", round.call().id());
    }

    private static void addClaims(Map<String, Long> claims, BudgetEffect effect, int sign) {
        effect.granted().forEach((pot, amount) -> claims.merge(pot, sign * amount.cents(), Math::addExact));
        effect.reserved().forEach((pot, amount) -> claims.merge(pot, sign * amount.cents(), Math::addExact));
    }
}
