package nl.sociaaldomein.atelier.profile.hoogeveen;

import nl.sociaaldomein.atelier.text.Text;
import com.google.inject.Injector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.reporting.Dossier;

/**
 * An illustrative call under Hoogeveen's profile. The motion (002_9515f7258e93469e.txt) names no
 * initiative, amount or challenge, so everything here is invented and every name says
 * "illustratief": six initiatives, two assessors, a pot of € 60.000, run through the profile's
 * own framework and allocation policy and posted to a ledger.
 */
final class IllustrativeCall {

    static final String POT = "innovatie-illustratief";
    static final Money CEILING = Money.ofEuros(60_000);
    static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

    private IllustrativeCall() {
    }

    /** An agenda with two challenges per theme, drawn up with the motion's partners. */
    static InnovationAgenda agenda() {
        return new InnovationAgenda(List.of(
            theme(HoogeveenThemes.SELF_RELIANCE, "Ouderen langer zelfstandig thuis (illustratief)", "Older people living independently for longer (illustrative)",
                "Inwoners regelen hun eigen hulp digitaal (illustratief)", "Residents arrange their own help online (illustrative)"),
            theme(HoogeveenThemes.CARE_COLLABORATION, "Eén plan per gezin, één contactpersoon (illustratief)", "One plan per family, one contact (illustrative)",
                "Mantelzorgers en zorgaanbieders werken samen (illustratief)", "Informal carers and care providers work together (illustrative)"),
            theme(HoogeveenThemes.PREVENTION, "Schulden vroeg signaleren (illustratief)", "Spotting debt early (illustrative)",
                "Vallen bij ouderen voorkomen (illustratief)", "Preventing falls among older people (illustrative)")),
            InnovationAgenda.OF_THE_MOTION.drawnUpWith());
    }

    private static InnovationAgenda.Theme theme(String id, String nl1, String en1, String nl2, String en2) {
        InnovationAgenda.Theme motion = HoogeveenThemes.ALL.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        return new InnovationAgenda.Theme(id, motion.name(), List.of(new Text(nl1, en1), new Text(nl2, en2)));
    }

    static List<Initiative> initiatives() {
        return List.of(
            initiative("i1", "Buurtkamer voor ontmoeting (illustratief)",
                Applicant.organisation("Stichting Buurtwerk Voorbeeld (illustratief)", OrganisationKind.FOUNDATION),
                18_000, HoogeveenThemes.SELF_RELIANCE),
            initiative("i2", "Samen koken met mantelzorgers (illustratief)",
                Applicant.naturalPerson("J. Voorbeeld (illustratief)"), 6_500, HoogeveenThemes.CARE_COLLABORATION),
            initiative("i3", "Valpreventie thuis (illustratief)",
                Applicant.organisation("Zorggroep Voorbeeld (illustratief)", OrganisationKind.CARE_PROVIDER),
                24_000, HoogeveenThemes.PREVENTION, HoogeveenThemes.CARE_COLLABORATION),
            initiative("i4", "Digitale hulp voor ouderen (illustratief)",
                Applicant.organisation("Vereniging Digitaal Samen (illustratief)", OrganisationKind.ASSOCIATION),
                11_000, HoogeveenThemes.SELF_RELIANCE),
            initiative("i5", "Groot zorgplatform (illustratief)",
                Applicant.organisation("Zorgplatform Voorbeeld BV (illustratief)", OrganisationKind.COMPANY),
                28_000, HoogeveenThemes.CARE_COLLABORATION),
            initiative("i6", "Schulden vroeg in beeld (illustratief)",
                Applicant.organisation("Welzijn Voorbeeld (illustratief)", OrganisationKind.WELFARE_ORGANISATION),
                22_000, HoogeveenThemes.PREVENTION));
    }

    private static Initiative initiative(String id, String title, Applicant applicant, long euros, String... themes) {
        return Initiative.builder().id(id).title(title).applicant(applicant).requestedAmount(Money.ofEuros(euros))
            .addThemes(themes).intakeChannel(IntakeChannel.INNOVATION_WORKSHOP_PITCH)
            .submissionDate(LocalDate.of(2017, 3, 1).plusDays(Integer.parseInt(id.substring(1)))).build();
    }

    /** Two assessors: policy goals (pass/fail), then self-reliance, care collaboration and prevention (0–10). */
    static List<AssessorScore> scores() {
        List<AssessorScore> scores = new ArrayList<>();
        score(scores, "i1", new int[] {1, 8, 3, 4}, new int[] {1, 7, 3, 5});
        score(scores, "i2", new int[] {1, 5, 8, 3}, new int[] {1, 6, 7, 3});
        score(scores, "i3", new int[] {1, 4, 7, 9}, new int[] {1, 5, 7, 8});
        score(scores, "i4", new int[] {1, 7, 2, 3}, new int[] {1, 6, 3, 3});
        score(scores, "i5", new int[] {1, 2, 8, 2}, new int[] {1, 3, 7, 2});
        score(scores, "i6", new int[] {1, 3, 4, 8}, new int[] {1, 4, 4, 7});
        return scores;
    }

    private static void score(List<AssessorScore> scores, String initiative, int[] first, int[] second) {
        String[] criteria = {"policy-goals", HoogeveenThemes.SELF_RELIANCE, HoogeveenThemes.CARE_COLLABORATION, HoogeveenThemes.PREVENTION};
        for (int k = 0; k < criteria.length; k++) {
            scores.add(new AssessorScore("beoordelaar-a", initiative, criteria[k], first[k]));
            scores.add(new AssessorScore("beoordelaar-b", initiative, criteria[k], second[k]));
        }
    }

    /** The decided round and the ledger it was posted to, under the profile's injector (its thresholds and policy). */
    static Dossier dossier(Injector injector) {
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        Call call = HoogeveenCalls.call("innovatie-2017-illustratief", "Innovatie sociaal domein 2017 (illustratief)", POT, thresholds).build();
        List<PotBalance> pots = List.of(PotBalance.fresh(POT, CEILING));
        Round round = Round.open(call, HoogeveenCriteria.FRAMEWORK, initiatives()).orElseThrow().assess(scores()).orElseThrow();
        Allocation allocation = round.trial(injector.getInstance(AllocationPolicy.class), pots).orElseThrow();
        round = round.apply(allocation, pots).orElseThrow().closeDecisionPhase();
        Ledger ledger = Ledger.create(BudgetTree.ofValid(
            Pot.programme(POT, "Innovatiebudget sociaal domein (illustratief)", CEILING, BudgetPeriod.year(2017))));
        for (Decision decision : allocation.decisions()) {
            if (decision instanceof Decision.Granted granted) {
                ledger.post(new LedgerEntry.Grant("grant-" + granted.initiativeId(), LocalDate.of(2017, 6, 1),
                    "besluit college (illustratief)", "illustratief", granted.initiativeId(),
                    round.initiative(granted.initiativeId()).title(), granted.amount(), List.of(Funding.of(POT)), Optional.empty()))
                    .orElseThrow();
            }
        }
        return Dossier.builder().municipality(HoogeveenCalls.HOOGEVEEN).title("Innovatie sociaal domein 2017 (illustratief)")
            .source("002_9515f7258e93469e.txt (\"eenmalige ondersteuning\"); initiatieven en bedragen zijn illustratief")
            .asOf(AS_OF).round(round).budget(ledger.view(AS_OF)).build();
    }

    static Dossier dossier() {
        return dossier(Profiles.load("hoogeveen"));
    }
}
