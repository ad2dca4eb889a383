package nl.sociaaldomein.atelier.round;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.assessment.Problem;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Candidate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
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
 * that day that the second run grants and the first does not is granted as the second run says,
 * with a motivation that cites the article. An application whose filing day is not known claims
 * nothing: the state does not invent a day. The ledger stays the hard limit: when the pot's
 * ceiling in force cannot hold what the article requires, the ledger refuses the decisions and
 * the refusal says so ({@link #LEDGER_NOTE}).
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
            Either<Seq<Problem>, Allocation> rerun = round.trial(policy, atFiling);
            if (rerun.isLeft()) {
                continue;
            }
            for (Candidate candidate : day.getValue()) {
                Optional<Decision> there = rerun.get().decisionFor(candidate.id());
                Decision here = byId.get(candidate.id());
                boolean grantedThere = there.filter(d -> d.kind() == DecisionKind.GRANTED).isPresent();
                boolean grantedHere = here != null && here.kind() == DecisionKind.GRANTED;
                if (grantedThere && !grantedHere) {
                    Decision.Granted g = (Decision.Granted) there.get();
                    byId.put(candidate.id(), Decisions.grantedFromPots(candidate.assessment(), g.amounts(),
                        cite(g.motivation().decidingRule(), day.getKey(), later), g.conditions()));
                    if (here == null) {
                        order.add(candidate.id());
                    }
                }
            }
        }
        List<Decision> out = new ArrayList<>(order.size());
        order.forEach(id -> out.add(byId.get(id)));
        return new Result(out, withCeiling(balances, pot, widest, ceilings.inForce()));
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
