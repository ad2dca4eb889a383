package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import nl.sociaaldomein.atelier.budget.GrantStatus;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.round.RoundRefusal;
import nl.sociaaldomein.atelier.round.RoundReports;
import nl.sociaaldomein.atelier.round.RoundScript;
import nl.sociaaldomein.atelier.round.RoundService;
import nl.sociaaldomein.atelier.testkit.Golden;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import org.junit.jupiter.api.Test;

/**
 * Groningen's 2016 round as commands through the round service (docs/calls.md, "Commands"): the
 * published annex and summary come out exactly as the batch path gives them, from the journal as
 * well as live; then an illustrative sequel (not in the sources: an objection, a revised decision,
 * an advance and a settlement, each on its own day) shows that the state as known at each step is
 * reproduced from the journal, and a report made earlier is made again byte for byte.
 */
class RoundCommandsTest {

    static final LocalDate DECIDED = LocalDate.of(2016, 5, 31);

    /** A clock that moves a second per reading, so every batch has its own moment. */
    static final class Ticking extends Clock {
        private Instant now = Instant.parse("2016-06-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    private final Journal journal = new InMemoryJournal();
    private final Clock clock = new Ticking();

    private RoundService open() {
        Ledger ledger = Ledger.open(Replay.PLAN.budget(), journal, new JsonLedgerCodec(), clock);
        return RoundService.open(Replay.PLAN.call(), GroningenFrameworks.INNOVATIEATELIER_2016, ledger, journal, new JsonRoundEventCodec(), clock);
    }

    private static void ok(Result<List<Recorded<RoundEvent>>> result) {
        assertThat(result.isOk()).as("%s", result).isTrue();
    }

    private static byte[] annex(Dossier dossier) {
        return new MarkdownRenderer().renderToBytes(new GrantsAnnexFormat().build(dossier, RenderOptions.DUTCH).orElseThrow(), RenderOptions.defaults());
    }

    private static byte[] summary(Dossier dossier) {
        return new MarkdownRenderer().renderToBytes(new RoundSummaryFormat().build(dossier, RenderOptions.DUTCH).orElseThrow(), RenderOptions.defaults());
    }

    private RoundService scripted() {
        RoundService service = open();
        for (RoundCommand command : RoundScript.of(Replay.PLAN, Replay.PROFILE_POLICY, "backoffice")) {
            ok(service.handle(command));
        }
        return service;
    }

    @Test
    void the2016RoundThroughCommandsGivesThePublishedAnnexAndSummary() {
        RoundService service = scripted();
        Dossier live = RoundReports.dossier(service, Replay.PLAN, DECIDED, null);
        Golden.assertMatches("grants-annex.md", annex(live));
        Golden.assertMatches("round-summary.md", summary(live));
        assertThat(annex(live)).isEqualTo(annex(Replay.dossier()));
        // 1 opening, 43 filings, no published scores, 1 close, 1 decision event holding 43 decisions.
        assertThat(service.events()).hasSize(46);

        Dossier rebuilt = RoundReports.dossier(open(), Replay.PLAN, DECIDED, null);
        assertThat(annex(rebuilt)).isEqualTo(annex(live));
        assertThat(summary(rebuilt)).isEqualTo(summary(live));
        assertThat(journal.verify()).isEmpty();
    }

    @Test
    void unknownDatesStayUnknownInTheEvents() {
        RoundService service = scripted();
        assertThat(service.events()).filteredOn(r -> !(r.event() instanceof RoundEvent.DecisionsTaken))
            .allSatisfy(r -> assertThat(r.event().stamp().on()).isEmpty());
        assertThat(service.state().filedOn("gr2016-01")).isEmpty();
    }

    @Test
    void anObjectionUpheldReplacesTheDecisionFromItsDayWhileEarlierReportsStayAsTheyWere() {
        RoundService service = scripted();
        Instant beforeObjection = service.events().get(service.events().size() - 1).recordedAt();
        byte[] annexThen = annex(RoundReports.dossier(service, Replay.PLAN, LocalDate.of(2016, 6, 30), beforeObjection));

        // An illustrative sequel; none of it is in the sources.
        String objector = "gr2016-idee-30";
        ok(service.handle(new RoundCommand.FileObjection(Stamp.on(LocalDate.of(2016, 6, 20), "backoffice", "bezwaarschrift ontvangen"),
            objector, "de criteria zijn verkeerd toegepast")));
        Result<List<Recorded<RoundEvent>>> twice = service.handle(new RoundCommand.FileObjection(
            Stamp.on(LocalDate.of(2016, 6, 21), "backoffice", "tweede bezwaarschrift"), objector, "nogmaals"));
        assertThat(twice.problems().get(0).code()).isEqualTo(RoundRefusal.OBJECTION_PENDING.code());
        Text motivation = Text.of("bezwaar gegrond: het idee voldoet aan de criteria (beslissing op bezwaar)",
            "objection upheld: the idea meets the criteria (decision on the objection)");
        ok(service.handle(new RoundCommand.UpholdObjection(Stamp.on(LocalDate.of(2016, 9, 1), "college", "beslissing op bezwaar"), objector,
            new PlannedDecision.Granted(objector, java.util.Map.of("wmo-2016", Money.ofEuros(20_000)), List.of()), motivation)));
        ok(service.handle(new RoundCommand.PayAdvance(Stamp.on(LocalDate.of(2016, 9, 15), "backoffice", "voorschot 80%"), "gr2016-19",
            Money.ofEuros(87_200))));
        ok(service.handle(new RoundCommand.Settle(Stamp.on(LocalDate.of(2017, 12, 31), "backoffice", "vaststelling"), "gr2016-19",
            Money.ofEuros(100_000))));

        // As of 30 June 2016 the old decision stands, also as known now; from 1 September the new one.
        assertThat(service.state(LocalDate.of(2016, 6, 30)).decision(objector).get().kind()).isEqualTo(DecisionKind.REJECTED);
        assertThat(service.state(LocalDate.of(2016, 9, 1)).decision(objector).get().kind()).isEqualTo(DecisionKind.GRANTED);
        assertThat(service.state(LocalDate.of(2016, 9, 1), beforeObjection).decision(objector).get().kind()).isEqualTo(DecisionKind.REJECTED);
        assertThat(service.ledger().view(LocalDate.of(2016, 9, 1)).grant(objector).get().granted()).isEqualTo(Money.ofEuros(20_000));
        assertThat(service.ledger().view(LocalDate.of(2018, 1, 1)).grant("gr2016-19").get().status()).isEqualTo(GrantStatus.DETERMINED);

        // The report made before the objection is made again, byte for byte, live and from the journal.
        assertThat(annex(RoundReports.dossier(service, Replay.PLAN, LocalDate.of(2016, 6, 30), beforeObjection))).isEqualTo(annexThen);
        RoundService reopened = open();
        assertThat(annex(RoundReports.dossier(reopened, Replay.PLAN, LocalDate.of(2016, 6, 30), beforeObjection))).isEqualTo(annexThen);
        // Every moment recorded: the state as known then, rebuilt from the journal, is the one the service had.
        for (Recorded<RoundEvent> step : service.events()) {
            assertThat(reopened.state(LocalDate.MAX, step.recordedAt())).isEqualTo(service.state(LocalDate.MAX, step.recordedAt()));
        }
        assertThat(summary(RoundReports.dossier(reopened, Replay.PLAN, LocalDate.of(2016, 9, 1), null)))
            .isNotEqualTo(summary(RoundReports.dossier(reopened, Replay.PLAN, LocalDate.of(2016, 6, 30), null)));
    }

    @Test
    void aDecisionOnAWithdrawnInitiativeIsRefusedAndNothingIsRecorded() {
        RoundService service = open();
        List<RoundCommand> script = RoundScript.of(Replay.PLAN, Replay.PROFILE_POLICY, "backoffice");
        for (RoundCommand command : script.subList(0, script.size() - 2)) {
            ok(service.handle(command));
        }
        ok(service.handle(new RoundCommand.Withdraw(Stamp.undated("aanvrager", "trekt in"), "gr2016-01")));
        ok(service.handle(script.get(script.size() - 2)));
        long head = journal.head();
        Result<List<Recorded<RoundEvent>>> refused = service.handle(script.get(script.size() - 1));
        assertThat(refused.problems().get(0).code()).isEqualTo(RoundRefusal.WITHDRAWN.code());
        assertThat(refused.problems().get(0).place()).isEqualTo(Place.about("initiative", "gr2016-01"));
        assertThat(journal.head()).isEqualTo(head);
        assertThat(service.ledger().size()).isZero();
    }
}
