package nl.sociaaldomein.atelier.call;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.assessment.Text;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Groningen's Innovatieatelier Sociaal Domein 2016, as the council letter of 30-06-2016
 * (000_54832993d59957fc.txt) reports it: 43 ideas, "19 initiatieven financieel gehonoreerd",
 * nine connected "met andere partijen of onder te brengen bij een WIJ-team", one "wordt nog verder
 * uitgewerkt", "11 initiatieven niet gehonoreerd" and "drie initiatiefnemers [hebben] zich
 * teruggetrokken"; the 19 grants are the annex "Toekenningen Innovatieateliers Sociaal Domein".
 *
 * <p>Kept in one file on purpose: a later step turns it into a data file once the reader exists.
 * The 24 ideas the sources do not name are placeholders whose note says so. The letter publishes
 * no requested amounts, so a granted initiative's request is set to its grant; nor scores per
 * criterion, so the committee's decisions refer to results "niet (afzonderlijk) beoordeeld".
 */
final class GroningenInnovatieatelier2016 {

    static final String POT = "groningen-innovatieatelier-sociaal-domein-2016";
    /** "Voor het Innovatieatelier Sociaal Domein is 1 miljoen euro beschikbaar". */
    static final Money CEILING = Money.ofEuros(1_000_000);
    static final String PLACEHOLDER_NOTE =
        "placeholder: 000_54832993d59957fc.txt counts this idea but does not name it";

    /** The annex: Instantie, naam pitch, bedrag. Null kind = "Particulier" (a natural person). */
    private record Grant(int row, String applicant, OrganisationKind kind, String pitch, long euros) {
    }

    private static final List<Grant> ANNEX = List.of(
        new Grant(1, "Assist Helpt", OrganisationKind.COMPANY, "App voor dagstructuur", 25_000),
        new Grant(2, "St Kas-Vital", OrganisationKind.FOUNDATION, "Duurzame Liefde als draagkracht voor WIJ Groningen", 25_000),
        new Grant(3, null, null, "(on)Gewoon een Psychische Handicap", 5_000),
        new Grant(4, null, null, "De wijkcoöperatie", 86_000),
        new Grant(5, "Nieuw Nabuurschap", OrganisationKind.FOUNDATION, "Maakt meedoen mogelijk", 10_000),
        new Grant(6, "Ondernemend Zuid", OrganisationKind.PARTNERSHIP, "De toekomstige arbeidsmatige dagbesteding en MP in de Groningse wijken", 250_000),
        new Grant(7, null, null, "Stadsbloementuin", 1_000),
        new Grant(8, "Humanitas", OrganisationKind.WELFARE_ORGANISATION, "Netwerkvrijwilligers versie 3.0", 54_000),
        new Grant(9, "Protestantse kerk", OrganisationKind.CHURCH, "St Martinus Pronkjewailn", 6_250),
        new Grant(10, null, null, "De \"Red jezelf mobiel\" (boodschappen met scootmobiel)", 12_000),
        new Grant(11, null, null, "Talentengilde", 12_000),
        new Grant(12, "Humanitas DMH", OrganisationKind.WELFARE_ORGANISATION, "Samenredzaamheidsdiagram", 25_000),
        new Grant(13, "Inter Psy", OrganisationKind.CARE_PROVIDER, "De eerste stap richting werk begint bij de zorg", 70_000),
        new Grant(14, "Terwille", OrganisationKind.CARE_PROVIDER, "Zelfbeheer", 90_000),
        new Grant(15, null, null, "Pop up theetuin", 5_000),
        new Grant(16, null, null, "PC project: computeren 2.0. de Spron computers en op dreef computers", 2_435),
        new Grant(17, null, null, "Laiverds", 25_000),
        new Grant(18, "Terwille", OrganisationKind.CARE_PROVIDER, "Not for sale. Vrouwen die uit de prostitutie zijn gestapt", 75_000),
        new Grant(19, "Humanitas", OrganisationKind.WELFARE_ORGANISATION, "Waarom is water zo mooi?", 109_000));

    static final int REFERRED = 9;
    static final int DEFERRED = 1;
    static final int REJECTED = 11;
    static final int WITHDRAWN = 3;

    private GroningenInnovatieatelier2016() {
    }

    static Call call() {
        return Call.builder()
            .id("innovatieatelier-sociaal-domein-2016")
            .municipality(Municipality.of("Groningen", "GM0014"))
            .name("Innovatieatelier Sociaal Domein 2016")
            .potId(POT)
            // 001_9744a8e01e8ca7e0.txt: ideas presented "in december 2015"; 000_…: decisions made known
            // "Op 19 april jl."; the letter is dated 30-06-2016; network meetings "in het najaar van 2016
            // en in het voorjaar van 2017"; projects monitored "zowel inhoudelijk als financieel".
            // Month-precision dates are given as the whole month.
            .addPhases(PhaseWindow.of(Phase.OPEN_FOR_IDEAS, LocalDate.of(2015, 12, 1), LocalDate.of(2015, 12, 31)))
            .addPhases(PhaseWindow.of(Phase.PITCH_EVENT, LocalDate.of(2015, 12, 1), LocalDate.of(2015, 12, 31)))
            .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30)))
            .addPhases(PhaseWindow.of(Phase.NETWORK_MEETINGS, LocalDate.of(2016, 4, 19), LocalDate.of(2017, 6, 30)))
            .addPhases(PhaseWindow.of(Phase.MONITORING, LocalDate.of(2016, 7, 1), LocalDate.of(2017, 12, 31)))
            .addIntakeChannels(IntakeChannel.INNOVATION_WORKSHOP_PITCH)
            // No maximum per initiative is published; the largest grant (€ 250.000) fits under the pot.
            .maximumAmount(CEILING)
            .build();
    }

    /** The five criteria of the letter ("of het initiatief een bijdrage levert aan"), each: contributes (1) or not (0). */
    static CriteriaFramework framework() {
        Scale contributes = new Scale(0, 1);
        return CriteriaFramework.of("groningen-innovatieatelier-2016", Text.of("Criteria Innovatieatelier 2016", "Innovation workshop criteria 2016"),
            List.of(
                Criterion.scored("innovation", Text.of("Vernieuwing/innovatie in de zorg", "Renewal/innovation in care"), contributes, 1),
                Criterion.scored("substitution", Text.of("Substitutie in de zorg", "Substitution in care"), contributes, 1),
                Criterion.scored("efficiency-quality", Text.of("Efficiency en/of kwaliteitsverbetering in de zorg", "Efficiency and/or quality improvement in care"), contributes, 1),
                Criterion.scored("right-to-challenge", Text.of("Right to Challenge", "Right to Challenge"), contributes, 1),
                Criterion.scored("self-reliance", Text.of("Zelf- en samenredzaamheid van inwoners (dichtbij, duurzaam of preventief)",
                    "Self-reliance and collective reliance of residents (close to home, sustainable or preventive)"), contributes, 1)),
            Optional.empty(), 0, ScoreCombinations.CONSENSUS).get();
    }

    /** The 43 ideas: the 19 of the annex (ids g01–g19), then 24 placeholders (p20–p43). */
    static List<Initiative> initiatives() {
        List<Initiative> all = new ArrayList<>();
        for (Grant grant : ANNEX) {
            Applicant applicant = grant.kind() == null
                ? Applicant.naturalPerson("(naam niet gepubliceerd, bijlage rij " + grant.row() + ")")
                : Applicant.organisation(grant.applicant(), grant.kind());
            all.add(Initiative.builder().id(String.format("g%02d", grant.row())).title(grant.pitch()).applicant(applicant)
                .requestedAmount(Money.ofEuros(grant.euros())).intakeChannel(IntakeChannel.INNOVATION_WORKSHOP_PITCH)
                .note("000_54832993d59957fc.txt, annex row " + grant.row() + "; requested amount not published, set to the grant")
                .build());
        }
        for (int n = 20; n <= 43; n++) {
            all.add(Initiative.builder().id("p" + n).title("Idee " + n + " (niet gepubliceerd)")
                .applicant(Applicant.naturalPerson("(aanvrager niet gepubliceerd)"))
                .intakeChannel(IntakeChannel.INNOVATION_WORKSHOP_PITCH).note(PLACEHOLDER_NOTE).build());
        }
        return all;
    }

    /** The college's decisions as the letter reports them: 19 grants, then 9 / 1 / 11 / 3 over the placeholders. */
    static CommitteePolicy committee(Round round) {
        Text letter = Text.of("besluit van het college van B&W (raadsbrief 30-06-2016, kenmerk 5753877)",
            "decision of the municipal executive (council letter 30-06-2016, ref. 5753877)");
        List<Decision> decisions = new ArrayList<>();
        for (Grant grant : ANNEX) {
            String id = String.format("g%02d", grant.row());
            decisions.add(Decisions.granted(round.assessment(id), POT, Money.ofEuros(grant.euros()), letter, List.of()));
        }
        int n = 20;
        for (int i = 0; i < REFERRED; i++, n++) {
            decisions.add(Decisions.referred(round.assessment("p" + n), "andere partij of WIJ-team (niet gepubliceerd)", letter));
        }
        for (int i = 0; i < DEFERRED; i++, n++) {
            decisions.add(Decisions.deferred(round.assessment("p" + n), letter));
        }
        for (int i = 0; i < REJECTED; i++, n++) {
            decisions.add(Decisions.rejected(round.assessment("p" + n),
                List.of(Text.of("niet gehonoreerd op basis van de criteria", "not funded on the basis of the criteria")), letter));
        }
        for (int i = 0; i < WITHDRAWN; i++, n++) {
            decisions.add(Decisions.withdrawn(round.assessment("p" + n), Text.of("de initiatiefnemer heeft zich teruggetrokken",
                "the applicant withdrew")));
        }
        return new CommitteePolicy(decisions);
    }

    static Round openRound() {
        return Round.open(call(), framework(), initiatives()).get();
    }
}
