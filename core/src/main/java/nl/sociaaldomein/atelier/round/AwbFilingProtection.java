package nl.sociaaldomein.atelier.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Candidate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Awb art. 4:27 lid 2 in a policy's decisions: an application filed before a ceiling, or a
 * lowering of it, was published is not refused for lack of money because of that publication.
 * The policy runs on the ceiling in force; for each filing day whose binding ceiling
 * ({@link CeilingAtFiling}) is higher, it runs again on that ceiling, and an application filed on
 * that day is decided as that run decides it (the later publication has no consequences for it,
 * either way); where that differs from the first run, its motivation cites the article. An
 * application whose filing day is not known claims nothing: the state does not invent a day.
 * When what is owed to the earlier applications does not fit under the ceiling in force, the
 * decisions keep the pot's ceiling up by that much in the same ledger batch (a ceiling entry
 * whose reason cites the article, {@code RoundService}); when it does not fit even under the
 * ceiling that bound them, or the budget above the pot cannot give it, the command is refused as
 * {@link RoundRefusal#CEILING_BELOW_PROTECTED} and says why ({@link #LEDGER_NOTE}).
 */
final class AwbFilingProtection {

    static final String ARTICLE = "Awb 4:27 lid 2";

    static final Text LEDGER_NOTE = Text.of("(" + ARTICLE + " vraagt deze toekenningen voor aanvragen die vóór de bekendmaking van het "
        + "lagere plafond zijn ingediend: verhoog het plafond of dek ze uit een andere pot)", "(" + ARTICLE + " requires these grants for "
        + "applications filed before the lower ceiling was published: raise the ceiling or fund them from another pot)");

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu");

    record Result(List<Decision> decisions, List<PotBalance> room) {
    }

    private AwbFilingProtection() {
    }

    static Result apply(Round round, RoundState state, AllocationPolicy policy, List<PotBalance> balances, List<Decision> decisions,
                        CeilingAtFiling ceilings) {
        String pot = round.call().potId();
        Map<LocalDate, List<Candidate>> protectedByDay = new TreeMap<>();
        for (Candidate candidate : round.candidates()) {
            state.filedOn(candidate.id()).filter(day -> ceilings.protects(day).isPresent())
                .ifPresent(day -> protectedByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(candidate));
        }
        if (protectedByDay.isEmpty()) {
            return new Result(decisions, balances);
        }
        Map<String, Decision> byId = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Decision d : decisions) {
            byId.put(d.initiativeId(), d);
            order.add(d.initiativeId());
        }
        Money widest = ceilings.inForce();
        for (Map.Entry<LocalDate, List<Candidate>> day : protectedByDay.entrySet()) {
            CeilingAtFiling.Later later = ceilings.protects(day.getKey()).orElseThrow();
            widest = widest.isGreaterThan(later.ceiling()) ? widest : later.ceiling();
            List<PotBalance> atFiling = withCeiling(balances, pot, later.ceiling(), ceilings.inForce());
            nl.sociaaldomein.atelier.problem.Result<Allocation> rerun = round.trial(policy, atFiling);
            if (rerun.isFailed()) {
                continue;
            }
            for (Candidate candidate : day.getValue()) {
                Optional<Decision> there = rerun.orElseThrow().decisionFor(candidate.id());
                Decision here = byId.get(candidate.id());
                if (there.isEmpty() || sameOutcome(there.get(), here)) {
                    continue;
                }
                byId.put(candidate.id(), cited(there.get(), candidate, day.getKey(), later));
                if (here == null) {
                    order.add(candidate.id());
                }
            }
        }
        List<Decision> out = new ArrayList<>(order.size());
        order.forEach(id -> out.add(byId.get(id)));
        return new Result(out, withCeiling(balances, pot, widest, ceilings.inForce()));
    }

    /** Whether two decisions on one initiative come to the same: kind and budget effect. */
    private static boolean sameOutcome(Decision a, Decision b) {
        return b != null && a.kind() == b.kind() && a.budgetEffect().equals(b.budgetEffect());
    }

    /** The decision the binding ceiling gives, its motivation citing the article. */
    private static Decision cited(Decision d, Candidate candidate, LocalDate filedOn, CeilingAtFiling.Later later) {
        Text rule = cite(d.motivation().decidingRule(), filedOn, later);
        if (d instanceof Decision.Granted g) {
            return Decisions.grantedFromPots(candidate.assessment(), g.amounts(), rule, g.conditions());
        }
        if (d instanceof Decision.Rejected r) {
            return Decisions.rejected(candidate.assessment(), r.reasons(), rule);
        }
        return d;
    }

    /** The balances with the pot's ceiling raised from {@code inForce} to {@code ceiling} (what binds the applications). */
    private static List<PotBalance> withCeiling(List<PotBalance> balances, String pot, Money ceiling, Money inForce) {
        List<PotBalance> out = new ArrayList<>();
        for (PotBalance b : balances) {
            out.add(b.potId().equals(pot) ? new PotBalance(pot, b.ceiling().plus(ceiling.minus(inForce)), b.granted(), b.reserved()) : b);
        }
        return out;
    }

    private static Text cite(Text rule, LocalDate filedOn, CeilingAtFiling.Later later) {
        String filed = DAY.format(filedOn);
        String published = DAY.format(later.publishedOn());
        return Text.of(rule.nl() + "; " + ARTICLE + ": het lagere subsidieplafond, bekendgemaakt op " + published
                + ", heeft geen gevolgen voor deze aanvraag, ingediend op " + filed + " (plafond bij indiening "
                + MoneyFormat.DUTCH.format(later.ceiling()) + ")",
            rule.en() + "; " + ARTICLE + ": the lower ceiling, published on " + published + ", has no consequences for this application, "
                + "filed on " + filed + " (ceiling at filing " + MoneyFormat.ENGLISH.format(later.ceiling()) + ")");
    }
}
