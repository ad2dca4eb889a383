package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Posted;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.BudgetOverviewFormat;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;

/**
 * The office story of issue 11 on the Groningen 2016 figures: a decision taken on 30 June is
 * typed in on 5 July, after an advance on another grant was registered on 2 July; a correction
 * follows on 12 July. The council's question ("what did you report on 30-06-2016?") and the
 * accountant's ("what is true now about 30-06-2016?") are one call each, and the report made on
 * 1 July is made again byte for byte. The round's grants are the shipped round file's; the later
 * entries and their amounts are ILLUSTRATIVE ASSUMPTIONS.
 */
class GroningenLateRegistrationTest {

    static final String WMO = "wmo-2016";
    static final LocalDate JUNE_30 = LocalDate.of(2016, 6, 30);
    static final String WATER = "gr2016-19"; // "Waarom is water zo mooi?", € 109.000
    static final String PENDING = "gr2016-idee-29"; // the initiative "nog verder uitgewerkt", deferred on 31-05

    /** Mornings in July 2016, as the office's clock reads them. */
    static Instant july(int day) {
        return Instant.parse(String.format("2016-07-%02dT09:00:00Z", day));
    }

    @Test
    void aDecisionOfJune30TypedInOnJuly5IsAcceptedAndTheReportOfJuly1IsReproducedAfterACorrection() {
        OfficeClock clock = new OfficeClock(Instant.parse("2016-05-31T16:00:00Z"));
        InMemoryJournal journal = new InMemoryJournal();
        Ledger ledger = Ledger.open(Replay.PLAN.budget(), journal, new JsonLedgerCodec(), clock);
        Replay.into(ledger);

        clock.now = july(1);
        String reportedOnJuly1 = budgetReport(ledger.view(JUNE_30));
        Instant reportedAt = clock.now;

        clock.now = july(2);
        post(ledger, new LedgerEntry.Advance("voorschot-water", LocalDate.of(2016, 7, 2), "eerste voorschot", "backoffice",
            WATER, Money.ofEuros(50_000)));

        // The college decided on 30 June; the grant is typed in on 5 July, dated 30 June: a late registration.
        clock.now = july(5);
        Posted late = post(ledger, new LedgerEntry.Grant("besluit-idee-29", JUNE_30, "collegebesluit 30-06-2016", "backoffice",
            PENDING, "Initiatief 29", Money.ofEuros(10_000), List.of(Funding.of(WMO)), Optional.empty()));
        assertThat(late.recordedAt()).isEqualTo(july(5));

        // A correction on 12 July, effective 30 June: the grant was € 8.000. A new entry; nothing is rewritten.
        clock.now = july(12);
        post(ledger, new LedgerEntry.AmendGrant("correctie-idee-29", JUNE_30, "correctie", "backoffice", PENDING, Money.ofEuros(8_000)));

        BudgetView asReported = ledger.view(JUNE_30, reportedAt);
        assertThat(budgetReport(asReported)).isEqualTo(reportedOnJuly1);
        BudgetView trueNow = ledger.view(JUNE_30);
        assertThat(trueNow.grant(PENDING).orElseThrow().granted()).isEqualTo(Money.ofEuros(8_000));
        assertThat(asReported.grant(PENDING)).isEmpty();
        assertThat(budgetReport(trueNow)).isNotEqualTo(reportedOnJuly1);
        // Before the correction was registered the ledger said € 10.000 about the same day.
        assertThat(ledger.view(JUNE_30, july(5)).grant(PENDING).orElseThrow().granted()).isEqualTo(Money.ofEuros(10_000));
        assertThat(ledger.view(JUNE_30, july(5)).grant(WATER).orElseThrow().advanced()).isEqualTo(Money.ZERO);

        // Everything is in the journal, chained; a ledger opened on it answers both questions alike.
        assertThat(journal.verify()).isEmpty();
        Ledger reopened = Ledger.open(Replay.PLAN.budget(), journal, new JsonLedgerCodec(), clock);
        assertThat(budgetReport(reopened.view(JUNE_30, reportedAt))).isEqualTo(reportedOnJuly1);
        assertThat(reopened.view(JUNE_30)).isEqualTo(trueNow);
    }

    @Test
    void aLateGrantThatWouldMakeALaterDayExceedTheCeilingIsRefusedWithThatDay() {
        OfficeClock clock = new OfficeClock(Instant.parse("2016-05-31T16:00:00Z"));
        Ledger ledger = Ledger.create(Replay.PLAN.budget(), clock);
        Replay.into(ledger);
        clock.now = july(2);
        // On 2 July € 102.315 of the € 112.315 left after the round is granted.
        post(ledger, new LedgerEntry.Grant("extra", LocalDate.of(2016, 7, 2), "besluit", "backoffice", "extra", "Extra",
            Money.ofEuros(102_315), List.of(Funding.of(WMO)), Optional.empty()));
        BudgetView before = ledger.view();

        // On 30 June € 112.315 was free: € 20.000 typed in late fits that day, but on 2 July the € 102.315
        // granted then would no longer fit.
        clock.now = july(5);
        Problem refused = ledger.post(new LedgerEntry.Grant("te-laat", JUNE_30, "besluit", "backoffice", "te-laat", "Te laat",
            Money.ofEuros(20_000), List.of(Funding.of(WMO)), Optional.empty())).problems().get(0);
        assertThat(RejectionKind.of(refused)).contains(RejectionKind.EXCEEDS_REMAINING);
        assertThat(refused.place().subject("entry")).contains("te-laat");
        assertThat(refused.message(java.util.Locale.ENGLISH)).contains("would break 02-07-2016", "'extra'", "exceeds the remaining € 92.315");
        assertThat(ledger.view()).isEqualTo(before);
    }

    private static Posted post(Ledger ledger, LedgerEntry entry) {
        return ledger.post(entry).orElseThrow();
    }

    private static String budgetReport(BudgetView view) {
        Dossier dossier = Dossier.builder().municipality(Replay.PLAN.portfolio().municipality()).title(Replay.PLAN.call().name())
            .asOf(JUNE_30).budget(view).build();
        var report = new BudgetOverviewFormat().build(dossier, Locale.forLanguageTag("nl-NL")).orElseThrow();
        return new String(new MarkdownRenderer().renderToBytes(report, RenderOptions.defaults()), StandardCharsets.UTF_8);
    }

    /** The office's clock, set by the test. */
    static final class OfficeClock extends java.time.Clock {
        Instant now;

        OfficeClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
