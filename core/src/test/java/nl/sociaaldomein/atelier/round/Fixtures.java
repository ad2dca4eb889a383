package nl.sociaaldomein.atelier.round;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AutomaticRules;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/** A small synthetic call on a journal for the round's tests: three scored criteria and an automatic amount rule. */
final class Fixtures {

    static final String POT = "innovatie";
    static final List<String> SCORED = List.of("need", "quality", "substitution");
    static final LocalDate INTAKE_START = LocalDate.of(2017, 1, 1);
    static final LocalDate INTAKE_END = LocalDate.of(2017, 2, 28);
    static final LocalDate DECISIONS_END = LocalDate.of(2017, 4, 30);

    private Fixtures() {
    }

    static Call call(Money maximum) {
        return Call.builder().id("test-call").municipality(Municipality.of("Hoogeveen", "GM0118")).name("Testoproep")
            .potId(POT).maximumAmount(maximum)
            .addPhases(PhaseWindow.of(Phase.OPEN_FOR_IDEAS, INTAKE_START, INTAKE_END))
            .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2017, 3, 1), DECISIONS_END))
            .build();
    }

    static CriteriaFramework framework() {
        Scale tenPoint = new Scale(0, 10);
        return CriteriaFramework.of("afwegingskader", Text.of("Afwegingskader", "Assessment framework"), List.of(
                Criterion.automatic("amount", Text.of("Bedrag binnen de grenzen", "Amount within limits"), AutomaticRules.amountWithinLimits()),
                Criterion.scored("substitution", Text.of("Substitutie in de zorg", "Substitution in care"), tenPoint, 40),
                Criterion.scored("quality", Text.of("Kwalitatief goede zorg", "Good-quality care"), tenPoint, 30),
                Criterion.scored("need", Text.of("Echt nodig in de wijk", "Really needed in the neighbourhood"), tenPoint, 30).withMinimum(3)),
            Optional.of(100), 0, ScoreCombinations.MEAN).orElseThrow();
    }

    static BudgetTree tree(Money ceiling) {
        return BudgetTree.ofValid(Pot.programme(POT, "Innovatiebudget", ceiling, BudgetPeriod.year(2017)));
    }

    static Initiative initiative(String id, long euros) {
        return Initiative.builder().id(id).title("Initiatief " + id)
            .applicant(Applicant.organisation("Stichting " + id, OrganisationKind.FOUNDATION))
            .requestedAmount(Money.ofEuros(euros)).build();
    }

    static Stamp on(LocalDate day) {
        return Stamp.on(day, "backoffice", "test");
    }

    static RoundService open(Journal journal, BudgetTree tree, Call call, Clock clock) {
        Ledger ledger = Ledger.open(tree, journal, new JsonLedgerCodec(), clock);
        return RoundService.open(call, framework(), ledger, journal, new JsonRoundEventCodec(), clock);
    }

    /** A clock that moves a second per reading, so every batch has its own moment. */
    static final class Ticking extends Clock {
        private Instant now = Instant.parse("2017-01-01T08:00:00Z");

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
}
