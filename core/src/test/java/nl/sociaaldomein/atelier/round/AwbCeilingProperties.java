package nl.sociaaldomein.atelier.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.FirstComeFirstServedPolicy;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;

/**
 * Awb art. 4:27 lid 2 on generated rounds: a ceiling changed, and published, before or after the
 * applications were filed; the policy (first come, first served) decides. An application filed
 * before a lower ceiling was published is not refused for lack of money because of it: it is
 * granted whenever the ceiling that bound it at filing grants it, and its motivation cites the
 * article; or, when the pot cannot hold that, the decisions are refused as a whole and the refusal
 * cites it. An application filed on or after the publication is decided on the ceiling in force.
 */
class AwbCeilingProperties {

    static final LocalDate DECIDED = LocalDate.of(2017, 3, 15);

    record Case(long ceiling, long changedTo, int changedOn, int publishedOn, List<Long> requests, List<Integer> filedOn) {
    }

    static final Gen<Case> CASES = source -> {
        int n = 1 + (int) source.draw(7);
        List<Long> requests = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        int day = 1;
        for (int i = 0; i < n; i++) {
            requests.add(1_000 + source.draw(40_000));
            day += (int) source.draw(8);
            days.add(Math.min(day, 58));
        }
        long ceiling = 20_000 + source.draw(130_000);
        long changedTo = source.draw(3) == 0 ? ceiling + source.draw(50_000) : source.draw(ceiling);
        return new Case(ceiling, changedTo, (int) source.draw(70), (int) source.draw(70), requests, days);
    };

    /** First come, first served in filing order under one ceiling: the ids granted. */
    static Set<String> grantedUnder(long ceiling, Case c) {
        Set<String> granted = new HashSet<>();
        long left = ceiling;
        for (int i = 0; i < c.requests().size(); i++) {
            if (c.requests().get(i) <= left) {
                granted.add("i" + i);
                left -= c.requests().get(i);
            }
        }
        return granted;
    }

    @Test
    void aLaterCeilingHasNoConsequencesForApplicationsFiledBefore() {
        Tally tally = new Tally();
        Property.named("Awb 4:27 lid 2").forAll(CASES).check(c -> {
            LocalDate changed = Fixtures.INTAKE_START.plusDays(c.changedOn());
            LocalDate published = Fixtures.INTAKE_START.minusDays(5).plusDays(c.publishedOn());
            RoundService service = Fixtures.open(new InMemoryJournal(), Fixtures.tree(Money.ofEuros(c.ceiling())),
                Fixtures.call(Money.ofEuros(1_000_000)), new Fixtures.Ticking());
            assertThat(service.ledger().post(new LedgerEntry.SetCeiling("plafond", changed, "plafond gewijzigd", "raad", Fixtures.POT,
                Money.ofEuros(c.changedTo()), published)).isOk()).isTrue();
            assertThat(service.handle(new RoundCommand.OpenCall(Fixtures.on(Fixtures.INTAKE_START))).isOk()).isTrue();
            for (int i = 0; i < c.requests().size(); i++) {
                String id = "i" + i;
                LocalDate filed = Fixtures.INTAKE_START.plusDays(c.filedOn().get(i));
                assertThat(service.handle(new RoundCommand.Submit(Fixtures.on(filed), Fixtures.initiative(id, c.requests().get(i)))).isOk()).isTrue();
                assertThat(service.handle(new RoundCommand.RecordScores(Fixtures.on(filed), "a", id, Map.of("need", 7, "quality", 7,
                    "substitution", 7))).isOk()).isTrue();
            }
            assertThat(service.handle(new RoundCommand.CloseAssessment(Fixtures.on(LocalDate.of(2017, 3, 1)))).isOk()).isTrue();
            Result<List<Recorded<RoundEvent>>> decided = service.handle(
                new RoundCommand.DecideByPolicy(Fixtures.on(DECIDED), new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP)));

            long inForce = changed.isAfter(DECIDED) ? c.ceiling() : c.changedTo();
            Set<String> underInForce = grantedUnder(inForce, c);
            Set<String> protectedIds = new HashSet<>();
            Set<String> underFiling = new HashSet<>();
            for (int i = 0; i < c.requests().size(); i++) {
                LocalDate filed = Fixtures.INTAKE_START.plusDays(c.filedOn().get(i));
                boolean lowerLater = !changed.isAfter(DECIDED) && published.isAfter(filed) && c.changedTo() < c.ceiling();
                if (lowerLater) {
                    protectedIds.add("i" + i);
                    if (grantedUnder(c.ceiling(), c).contains("i" + i)) {
                        underFiling.add("i" + i);
                    }
                    tally.add("filed before a lower ceiling was published");
                }
            }
            if (decided.isFailed()) {
                assertThat(decided.problems().get(0).code()).as("%s", decided.problems()).isEqualTo(RoundRefusal.CEILING_BELOW_PROTECTED.code());
                assertThat(decided.problems().get(0).message(Locale.ENGLISH)).contains("Awb 4:27 lid 2");
                assertThat(underFiling).as("only an application the article protects can make the pot too small").isNotEmpty();
                tally.add("refused: more than even the ceiling at filing holds");
                return;
            }
            // The ceiling kept up for the earlier applications, never above the one that bound them, and the pot within it.
            var pot = service.ledger().view(DECIDED).pot(Fixtures.POT).orElseThrow();
            assertThat(pot.ceiling()).isGreaterThanOrEqualTo(Money.ofEuros(inForce));
            assertThat(pot.ceiling()).isLessThanOrEqualTo(Money.ofEuros(Math.max(inForce, c.ceiling())));
            assertThat(pot.granted()).isLessThanOrEqualTo(pot.ceiling());
            if (pot.ceiling().isGreaterThan(Money.ofEuros(inForce))) {
                tally.add("ceiling kept up");
            }
            Round round = service.state().round();
            for (int i = 0; i < c.requests().size(); i++) {
                String id = "i" + i;
                Decision d = round.decision(id).orElseThrow();
                boolean granted = d.kind() == DecisionKind.GRANTED;
                boolean cites = d.motivationText(Locale.forLanguageTag("nl")).contains("Awb 4:27 lid 2");
                if (protectedIds.contains(id)) {
                    // Decided as the ceiling that bound it at filing decides; cited where that differs from the ceiling in force.
                    assertThat(granted).as("%s filed before the lower ceiling was published", id).isEqualTo(underFiling.contains(id));
                    assertThat(cites).isEqualTo(underFiling.contains(id) != underInForce.contains(id));
                    tally.add(cites && granted ? "protected and rescued" : cites ? "protected, refused on the old ceiling" : "protected, same either way");
                } else {
                    assertThat(granted).as("%s decided on the ceiling in force", id).isEqualTo(underInForce.contains(id));
                    assertThat(cites).isFalse();
                    tally.add("not protected");
                }
            }
        });
        if (Settings.fullRun()) {
            assertThat(tally.count("protected and rescued")).isPositive();
            assertThat(tally.count("not protected")).isPositive();
            assertThat(tally.count("refused: more than even the ceiling at filing holds")).isPositive();
            assertThat(tally.count("ceiling kept up")).isPositive();
            assertThat(tally.count("protected, same either way")).isPositive();
        }
    }
}
