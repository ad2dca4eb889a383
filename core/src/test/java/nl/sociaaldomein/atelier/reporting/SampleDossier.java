package nl.sociaaldomein.atelier.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.AutomaticRules;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.CommitteePolicy;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A small, fictional dossier of the made-up municipality Testdorp (GM9999), built through the real
 * call, budget and experiment APIs: a round of eight initiatives with one decision of each kind
 * and one still undecided, a programme budget with two pots, and a register of four experiments.
 * Every name and amount is invented; the natural person's name must never reach public output.
 */
final class SampleDossier {

    static final String PERSON = "Jan de Proefpersoon";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String POT = "innovatie";
    private static final LocalDate DECIDED = LocalDate.of(2025, 4, 15);

    private SampleDossier() {
    }

    static Dossier build() {
        return build("Buurtkeuken De Linde", "Wijkteam op afroep");
    }

    /** The sample with the first initiative's title and the first experiment's name as given (for hostile text). */
    static Dossier build(String firstTitle, String firstExperiment) {
        return Dossier.builder()
            .municipality(Municipality.of("Testdorp", "GM9999"))
            .title("Proefronde 2025")
            .source("verzonnen testgegevens, \"niet echt\"")
            .asOf(AS_OF)
            .round(round(firstTitle))
            .budget(ledger().view(AS_OF))
            .register(register(firstExperiment))
            .build();
    }

    static Dossier bare() {
        return Dossier.builder().municipality(Municipality.of("Testdorp", "GM9999")).asOf(AS_OF).build();
    }

    private static Call call() {
        return Call.builder().id("proef-2025").municipality(Municipality.of("Testdorp", "GM9999")).name("Proefoproep 2025")
            .potId(POT).maximumAmount(Money.ofEuros(25_000))
            .addPhases(PhaseWindow.of(Phase.OPEN_FOR_IDEAS, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28)))
            .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)))
            .build();
    }

    private static CriteriaFramework framework() {
        Scale tenPoint = new Scale(0, 10);
        return CriteriaFramework.of("kader", Text.of("Afwegingskader", "Assessment framework"), List.of(
                Criterion.automatic("amount", Text.of("Bedrag binnen de grenzen", "Amount within limits"), AutomaticRules.amountWithinLimits()),
                Criterion.scored("substitution", Text.of("Substitutie in de zorg", "Substitution in care"), tenPoint, 60),
                Criterion.scored("need", Text.of("Echt nodig in de wijk", "Really needed in the neighbourhood"), tenPoint, 40).withMinimum(3)),
            Optional.of(100), 0, ScoreCombinations.MEAN).orElseThrow();
    }

    private static Initiative initiative(String id, String title, Applicant applicant, long euros) {
        return Initiative.builder().id(id).title(title).applicant(applicant).requestedAmount(Money.ofEuros(euros)).build();
    }

    private static Applicant foundation(String name) {
        return Applicant.organisation(name, OrganisationKind.FOUNDATION);
    }

    private static Round round(String firstTitle) {
        List<Initiative> initiatives = List.of(
            initiative("i1", firstTitle, foundation("Stichting Buurtkeuken"), 20_000),
            initiative("i2", "Samen wandelen", Applicant.naturalPerson(PERSON), 3_000),
            initiative("i3", "Maatjes voor mantelzorgers", Applicant.organisation("Vereniging Maatjes", OrganisationKind.ASSOCIATION), 8_000),
            initiative("i4", "Repair café", foundation("Stichting Repair"), 2_000),
            initiative("i5", "Digitale inloop", foundation("Stichting Inloop"), 12_000),
            initiative("i6", "Groot plan", Applicant.organisation("Plan BV", OrganisationKind.COMPANY), 24_000),
            initiative("i7", "Teruggetrokken idee", foundation("Stichting Idee"), 5_000),
            initiative("i8", "Later idee", foundation("Stichting Later"), 6_000));
        List<AssessorScore> scores = new ArrayList<>();
        int[] substitution = {8, 7, 6, 6, 7, 2, 5, 6};
        int[] need = {9, 6, 7, 5, 6, 2, 5, 6};
        for (int i = 0; i < initiatives.size(); i++) {
            String id = initiatives.get(i).id();
            scores.add(new AssessorScore("a", id, "substitution", substitution[i]));
            scores.add(new AssessorScore("b", id, "substitution", substitution[i] + (i == 0 ? 1 : 0)));
            scores.add(new AssessorScore("a", id, "need", need[i]));
            scores.add(new AssessorScore("b", id, "need", need[i]));
        }
        Round round = Round.open(call(), framework(), initiatives).orElseThrow().assess(scores).orElseThrow();
        Text committee = Text.of("besluit van het college", "decision of the executive");
        List<Decision> decisions = List.of(
            Decisions.granted(round.assessment("i1"), POT, Money.ofEuros(15_000), committee, List.of("verantwoording na afloop")),
            Decisions.granted(round.assessment("i2"), POT, Money.ofEuros(3_000), committee, List.of()),
            Decisions.referred(round.assessment("i3"), "WIJ-team Centrum", committee),
            Decisions.inKind(round.assessment("i4"), "een ruimte en keuken", committee),
            Decisions.deferredWithReservation(round.assessment("i5"), POT, Money.ofEuros(5_000), committee),
            Decisions.rejected(round.assessment("i6"), List.of(Text.of("onvoldoende score", "score too low")), committee),
            Decisions.withdrawn(round.assessment("i7"), Text.of("ingetrokken door de aanvrager", "withdrawn by the applicant")));
        List<PotBalance> pots = List.of(PotBalance.fresh(POT, Money.ofEuros(50_000)));
        return round.apply(round.trial(new CommitteePolicy(decisions), pots).orElseThrow(), pots, DECIDED).orElseThrow();
    }

    private static Ledger ledger() {
        BudgetPeriod year = BudgetPeriod.year(2025);
        Ledger ledger = Ledger.create(BudgetTree.ofValid(
            Pot.programme("programma", "Programma sociaal domein", Money.ofEuros(100_000), year),
            Pot.child(POT, "Innovatie", Money.ofEuros(50_000), year, "programma"),
            Pot.child("jeugd", "Jeugd", Money.ofEuros(30_000), year, "programma")));
        List<LedgerEntry> entries = List.of(
            new LedgerEntry.Grant("g-j1", LocalDate.of(2025, 2, 1), "jeugdproject", "tester", "j1", "Jeugdhonk", Money.ofEuros(10_000),
                List.of(Funding.of("jeugd")), Optional.empty()),
            new LedgerEntry.Advance("a-j1", LocalDate.of(2025, 2, 15), "voorschot", "tester", "j1", Money.ofEuros(10_000)),
            new LedgerEntry.Grant("g-i1", DECIDED, "besluit", "tester", "i1", "i1", Money.ofEuros(15_000), List.of(Funding.of(POT)), Optional.empty()),
            new LedgerEntry.Grant("g-i2", DECIDED, "besluit", "tester", "i2", "i2", Money.ofEuros(3_000), List.of(Funding.of(POT)), Optional.empty()),
            new LedgerEntry.Reserve("r-i5", DECIDED, "besluit", "tester", "i5", POT, Money.ofEuros(5_000), "in uitwerking"),
            new LedgerEntry.Advance("a-i1", LocalDate.of(2025, 5, 1), "voorschot", "tester", "i1", Money.ofEuros(7_500)),
            new LedgerEntry.Determine("d-j1", LocalDate.of(2025, 6, 1), "vaststelling", "tester", "j1", Money.ofEuros(8_000)));
        for (LedgerEntry entry : entries) {
            var posted = ledger.post(entry);
            if (posted.isFailed()) {
                throw new IllegalStateException("sample ledger refused " + entry.id() + ": " + posted.problems());
            }
        }
        return ledger;
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text).orElseThrow();
    }

    private static Experiment experiment(ExperimentNumber number, String name, String start, String end,
                                         List<Transition> steps, Optional<PublishedRow> published) {
        return Experiment.builder().number(number).name(name).start(date(start)).plannedEnd(date(end))
            .lifecycle(Lifecycle.replay(date(end), steps).orElseThrow()).published(published).build();
    }

    private static ExperimentRegister register(String firstName) {
        Optional<nl.sociaaldomein.atelier.experiment.Review> none = Optional.empty();
        List<Experiment> experiments = List.of(
            experiment(new ExperimentNumber.Plain(1), firstName, "1-3-2023", "31-12-2024",
                List.of(new Transition.Start(date("1-3-2023"), none), new Transition.Extend(date("1-12-2024"), date("31-12-2025"), none)),
                Optional.of(new PublishedRow("1)", List.of(2023, 2024), "1-3-2023", "31-12-2024", "Loopt (Wordt verlengd)"))),
            experiment(new ExperimentNumber.YearBased(2023, 2), "Buurtcoaches", "2023", "Maart 2025",
                List.of(new Transition.Start(date("2023"), none), new Transition.Complete(date("Maart 2025"), none)),
                Optional.of(new PublishedRow("23-2", List.of(2022, 2023, 2024, 2025), "2023", "Maart 2025", "Ja, afgerond"))),
            experiment(new ExperimentNumber.Plain(3), "Valpreventie thuis", "", "2026", List.of(), Optional.empty()),
            experiment(new ExperimentNumber.Plain(4), "Digitale spreekuren", "1-1-2024", "31-3-2025",
                List.of(new Transition.Start(date("1-1-2024"), none)),
                Optional.of(new PublishedRow("4)", List.of(2024, 2025), "1-1-2024", "31-3-2025", "Loopt"))));
        return new ExperimentRegister(new RegisterSource("testdorp-register.yaml", "verzonnen register"), Optional.of(AS_OF),
            List.of(2022, 2023, 2024, 2025), experiments);
    }
}
