package nl.sociaaldomein.atelier.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.FirstComeFirstServedPolicy;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.junit.jupiter.api.Test;

/**
 * Generated rounds run as commands, each on its own day: filings, assessors scoring over weeks
 * (revising their own scores), amendments and withdrawals, the policy's decisions, an objection.
 * The state after every command equals the state rebuilt from the journal as known at that
 * command's moment; the decisions equal the batch path's (the round file through
 * {@link RoundWorkflow}) on the same initiatives and final scores; no decision is taken on a
 * withdrawn initiative; and a revised decision replaces the old one from its day while the view
 * as known before the revision still shows the old one.
 */
class RoundEventsProperties {

    record Sheet(int assessor, int[] scores, boolean revised) {
    }

    record Spec(long euros, List<Sheet> sheets, Optional<Long> amendTo, boolean withdraw) {
    }

    record Case(long ceiling, long maximum, List<Spec> initiatives, boolean ranked, int objector, int objection) {
        @Override
        public String toString() {
            return "Case[ceiling " + ceiling + ", maximum " + maximum + ", ranked " + ranked + ", objector " + objector + " (" + objection
                + "), " + initiatives.stream().map(s -> s.euros() + (s.withdraw() ? "W" : "") + s.amendTo().map(a -> "→" + a).orElse("")
                + "/" + s.sheets().size()).toList() + "]";
        }
    }

    static final Gen<int[]> SCORES = source -> new int[] {(int) source.draw(10), (int) source.draw(10), (int) source.draw(10)};

    static final Gen<Case> CASES = source -> {
        int n = 1 + (int) source.draw(9);
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Sheet> sheets = new ArrayList<>();
            int assessors = (int) source.draw(3);
            for (int a = 0; a < assessors; a++) {
                sheets.add(new Sheet(a, SCORES.generate(source), source.draw(3) == 0));
            }
            Optional<Long> amend = source.draw(4) == 0 ? Optional.of(1_000 + source.draw(60_000)) : Optional.empty();
            specs.add(new Spec(1_000 + source.draw(60_000), sheets, amend, source.draw(5) == 0));
        }
        return new Case(10_000 + source.draw(200_000), 20_000 + source.draw(50_000), specs, source.draw(1) == 1, (int) source.draw(n - 1),
            (int) source.draw(2));
    };

    /** The commands of a case, in date order, and the days they fall on. */
    static List<RoundCommand> commands(Case c, AllocationPolicy policy) {
        List<RoundCommand> out = new ArrayList<>();
        out.add(new RoundCommand.OpenCall(Fixtures.on(Fixtures.INTAKE_START)));
        for (int i = 0; i < c.initiatives().size(); i++) {
            out.add(new RoundCommand.Submit(Fixtures.on(Fixtures.INTAKE_START.plusDays(1 + i)), Fixtures.initiative("i" + i, c.initiatives().get(i).euros())));
        }
        int step = 0;
        for (int i = 0; i < c.initiatives().size(); i++) {
            Spec spec = c.initiatives().get(i);
            for (Sheet sheet : spec.sheets()) {
                out.add(new RoundCommand.RecordScores(Fixtures.on(LocalDate.of(2017, 2, 1).plusDays(step++ / 4)), "assessor-" + sheet.assessor(),
                    "i" + i, scores(sheet.scores())));
                if (sheet.revised()) {
                    int[] other = {10 - sheet.scores()[0], sheet.scores()[1], 10 - sheet.scores()[2]};
                    out.add(new RoundCommand.RecordScores(Fixtures.on(LocalDate.of(2017, 2, 1).plusDays(step++ / 4)), "assessor-" + sheet.assessor(),
                        "i" + i, scores(other)));
                }
            }
        }
        for (int i = 0; i < c.initiatives().size(); i++) {
            String id = "i" + i;
            c.initiatives().get(i).amendTo().ifPresent(euros -> out.add(new RoundCommand.AmendRequest(Fixtures.on(LocalDate.of(2017, 2, 20)),
                id, Optional.of(Money.ofEuros(euros)))));
        }
        for (int i = 0; i < c.initiatives().size(); i++) {
            if (c.initiatives().get(i).withdraw()) {
                out.add(new RoundCommand.Withdraw(Fixtures.on(LocalDate.of(2017, 2, 25)), "i" + i));
            }
        }
        out.add(new RoundCommand.CloseAssessment(Fixtures.on(LocalDate.of(2017, 3, 1))));
        out.add(new RoundCommand.DecideByPolicy(Fixtures.on(LocalDate.of(2017, 3, 15)), policy));
        return out;
    }

    static Map<String, Integer> scores(int[] s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int k = 0; k < Fixtures.SCORED.size(); k++) {
            out.put(Fixtures.SCORED.get(k), s[k]);
        }
        return out;
    }

    @Test
    void commandsOneByOneTheJournalAndTheBatchPathAgree() {
        Tally tally = new Tally();
        Property.named("round events: one by one, from the journal, and the batch path agree").forAll(CASES).check(c -> {
            Call call = Fixtures.call(Money.ofEuros(c.maximum()));
            BudgetTree tree = Fixtures.tree(Money.ofEuros(c.ceiling()));
            AllocationPolicy policy = c.ranked() ? new RankedPolicy(WhenItDoesNotFit.SKIP) : new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP);
            InMemoryJournal journal = new InMemoryJournal();
            Fixtures.Ticking clock = new Fixtures.Ticking();
            RoundService service = Fixtures.open(journal, tree, call, clock);
            List<Instant> moments = new ArrayList<>();
            List<RoundState> states = new ArrayList<>();
            for (RoundCommand command : commands(c, policy)) {
                Result<List<Recorded<RoundEvent>>> result = service.handle(command);
                assertThat(result.isOk()).as("%s: %s", command, result).isTrue();
                moments.add(result.orElseThrow().get(result.orElseThrow().size() - 1).recordedAt());
                states.add(service.state());
            }
            RoundState decided = service.state();
            Set<String> withdrawn = new HashSet<>();
            for (int i = 0; i < c.initiatives().size(); i++) {
                if (c.initiatives().get(i).withdraw()) {
                    withdrawn.add("i" + i);
                    assertThat(decided.decisionHistory("i" + i)).as("no decision on withdrawn i%d", i).isEmpty();
                    tally.add("withdrawn");
                }
            }

            // The batch path: the same initiatives (the withdrawn ones left out), final amounts and final scores.
            List<Initiative> active = decided.initiatives().stream().filter(x -> !withdrawn.contains(x.id())).toList();
            Portfolio portfolio = Portfolio.builder().municipality(call.municipality()).initiatives(active).build();
            RoundPlan plan = new RoundPlan(Optional.empty(), portfolio, tree, call, Fixtures.framework().id(),
                decided.assessorScores().stream().filter(s -> !withdrawn.contains(s.initiativeId())).toList(), Optional.empty());
            Ledger batchLedger = Ledger.create(tree);
            Dossier batch = RoundWorkflow.run(plan, Fixtures.framework(), policy, batchLedger).orElseThrow();
            Round incremental = decided.round();
            for (Initiative x : active) {
                Decision mine = incremental.decision(x.id()).orElseThrow();
                Decision theirs = batch.round().get().decision(x.id()).orElseThrow();
                assertThat(mine.kind()).as(x.id()).isEqualTo(theirs.kind());
                assertThat(mine.budgetEffect()).as(x.id()).isEqualTo(theirs.budgetEffect());
                tally.add(mine.kind().name());
            }
            assertThat(service.ledger().view(LocalDate.of(2017, 3, 15)).pots()).isEqualTo(batchLedger.view(Fixtures.DECISIONS_END).pots());

            // The round file's script through the same path gives the batch path's round and budget.
            RoundService scripted = Fixtures.open(new InMemoryJournal(), tree, call, new Fixtures.Ticking());
            for (RoundCommand command : RoundScript.of(plan, policy, "backoffice")) {
                assertThat(scripted.handle(command).isOk()).as("%s", command).isTrue();
            }
            Dossier viaScript = RoundReports.dossier(scripted, plan, Fixtures.DECISIONS_END, null);
            assertThat(viaScript.budget()).isEqualTo(batch.budget());
            for (Initiative x : active) {
                // Decisions hold their assessment, compared by its wording: the motivation in full.
                assertThat(viaScript.round().get().decision(x.id()).orElseThrow().motivationText(java.util.Locale.ENGLISH))
                    .isEqualTo(batch.round().get().decision(x.id()).orElseThrow().motivationText(java.util.Locale.ENGLISH));
            }

            // An objection on a decided initiative, upheld or rejected.
            String objector = "i" + c.objector();
            Instant beforeObjection = moments.get(moments.size() - 1);
            Optional<DecisionRecord> old = decided.decision(objector);
            if (old.isPresent()) {
                assertThat(service.handle(new RoundCommand.FileObjection(Fixtures.on(LocalDate.of(2017, 4, 1)), objector, "bezwaar"))
                    .isOk()).isTrue();
                LocalDate revisedOn = LocalDate.of(2017, 5, 1);
                PlannedDecision next = old.get().kind() == DecisionKind.GRANTED
                    ? new PlannedDecision.Rejected(objector, List.of("heroverwogen"))
                    : new PlannedDecision.Granted(objector, Map.of(Fixtures.POT, Money.ofEuros(1_000)), List.of());
                Result<List<Recorded<RoundEvent>>> outcome = c.objection() == 0
                    ? service.handle(new RoundCommand.RejectObjection(Fixtures.on(revisedOn), objector, Text.of("ongegrond", "unfounded")))
                    : service.handle(new RoundCommand.UpholdObjection(Fixtures.on(revisedOn), objector, next, Text.of("gegrond", "upheld")));
                if (outcome.isFailed()) {
                    assertThat(outcome.problems().get(0).code()).isIn(RoundRefusal.INVALID_DECISIONS.code(), RoundRefusal.LEDGER_REFUSED.code());
                    tally.add("revision refused");
                } else if (c.objection() == 0) {
                    assertThat(service.state().decision(objector)).isEqualTo(old);
                    tally.add("objection rejected");
                } else {
                    tally.add("objection upheld");
                    DecisionKind newKind = old.get().kind() == DecisionKind.GRANTED ? DecisionKind.REJECTED : DecisionKind.GRANTED;
                    assertThat(service.state(revisedOn.minusDays(1)).decision(objector)).isEqualTo(old);
                    assertThat(service.state(revisedOn).decision(objector).get().kind()).isEqualTo(newKind);
                    assertThat(service.state(revisedOn, beforeObjection).decision(objector)).isEqualTo(old);
                    assertThat(service.state(revisedOn).round().decision(objector).get().kind()).isEqualTo(newKind);
                    Money granted = newKind == DecisionKind.GRANTED ? Money.ofEuros(1_000) : Money.ZERO;
                    assertThat(service.ledger().view(revisedOn).pot(Fixtures.POT).get().granted()
                        .minus(service.ledger().view(revisedOn.minusDays(1)).pot(Fixtures.POT).get().granted()))
                        .isEqualTo(granted.minus(old.get().grantedTotal()));
                }
            }

            // Rebuilt from the journal, as known at each command's moment, the state is the one the service had then.
            RoundService reopened = Fixtures.open(journal, tree, call, clock);
            for (int i = 0; i < moments.size(); i++) {
                assertThat(reopened.state(LocalDate.MAX, moments.get(i))).as("as known after command %d", i).isEqualTo(states.get(i));
            }
            assertThat(reopened.state()).isEqualTo(service.state());
            assertThat(journal.verify()).isEmpty();
        });
        if (Settings.fullRun()) {
            assertThat(tally.count("withdrawn")).isPositive();
            assertThat(tally.count("GRANTED")).isPositive();
            assertThat(tally.count("REJECTED")).isPositive();
            assertThat(tally.count("objection upheld")).isPositive();
            assertThat(tally.count("objection rejected")).isPositive();
        }
    }
}
