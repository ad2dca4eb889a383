package nl.sociaaldomein.atelier.budget;

import java.util.List;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Groningen's 2016 innovation budget as the sources give it: € 3.000.000, of which € 1.000.000
 * each for Wmo initiatives, beschermd wonen and jeugd (001_9744a8e01e8ca7e0.txt: "Voor innovatie
 * is drie miljoen euro beschikbaar. Hiervan is één miljoen voor Wmo gerelateerde initiatieven"),
 * and the 19 grants of the annex "Toekenningen Innovatieateliers Sociaal Domein"
 * (000_54832993d59957fc.txt, total "€ 887.685").
 */
final class GroningenBudget {

    static final String PROGRAMME = "innovatie-2016";
    static final String WMO = "wmo-2016";
    static final String BESCHERMD_WONEN = "beschermd-wonen-2016";
    static final String JEUGD = "jeugd-2016";

    /** The annex: pitch name and amount in euros, as printed (OCR slips kept out of the titles). */
    record AnnexGrant(int number, String applicant, String title, long euros) {
    }

    static final List<AnnexGrant> ANNEX = List.of(
        new AnnexGrant(1, "Assist Helpt", "App voor dagstructuur", 25_000),
        new AnnexGrant(2, "St Kas-Vital", "Duurzame Liefde als draagkracht voor WIJ Groningen", 25_000),
        new AnnexGrant(3, "Particulier", "(on)Gewoon een Psychische Handicap", 5_000),
        new AnnexGrant(4, "Particulier", "De wijkcoöperatie", 86_000),
        new AnnexGrant(5, "Nieuw Nabuurschap", "Maakt meedoen mogelijk", 10_000),
        new AnnexGrant(6, "Ondernemend Zuid", "De toekomstige arbeidsmatige dagbesteding en MP in de Groningse wijken", 250_000),
        new AnnexGrant(7, "Particulier", "Stadsbloementuin", 1_000),
        new AnnexGrant(8, "Humanitas", "Netwerkvrijwilligers versie 3.0", 54_000),
        new AnnexGrant(9, "Protestantse kerk", "St Martinus Pronkjewailn", 6_250),
        new AnnexGrant(10, "Particulier", "De \"Red jezelf mobiel\" (boodschappen met scootmobiel)", 12_000),
        new AnnexGrant(11, "Particulier", "Talentengilde", 12_000),
        new AnnexGrant(12, "Humanitas DMH", "Samenredzaamheidsdiagram", 25_000),
        new AnnexGrant(13, "Inter Psy", "De eerste stap richting werk begint bij de zorg", 70_000),
        new AnnexGrant(14, "Terwille", "Zelfbeheer", 90_000),
        new AnnexGrant(15, "Particulier", "Pop up theetuin", 5_000),
        new AnnexGrant(16, "Particulier", "PC project: computeren 2.0. de Spron computers en op dreef computers", 2_435),
        new AnnexGrant(17, "Particulier", "Laiverds", 25_000),
        new AnnexGrant(18, "Terwille", "Not for sale. Vrouwen die uit de prostitutie zijn gestapt", 75_000),
        new AnnexGrant(19, "Humanitas", "Waarom is water zo mooi?", 109_000));

    private GroningenBudget() {
    }

    static BudgetTree tree() {
        BudgetPeriod year = BudgetPeriod.year(2016);
        return BudgetTree.ofValid(
            Pot.programme(PROGRAMME, "Innovatie sociaal domein 2016", Money.ofEuros(3_000_000), year),
            Pot.child(WMO, "Innovatieatelier Wmo 2016", Money.ofEuros(1_000_000), year, PROGRAMME, "Wmo"),
            Pot.child(BESCHERMD_WONEN, "Innovatie beschermd wonen 2016", Money.ofEuros(1_000_000), year, PROGRAMME, "beschermd wonen"),
            Pot.child(JEUGD, "Innovatie jeugd 2016", Money.ofEuros(1_000_000), year, PROGRAMME, "jeugd"));
    }

    static String initiativeId(AnnexGrant grant) {
        return "gm0014-2016-" + grant.number();
    }
}
