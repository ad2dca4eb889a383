package nl.sociaaldomein.atelier.budget;

import nl.sociaaldomein.atelier.money.Money;

/**
 * Groningen's 2016 innovation budget as the sources give it: € 3.000.000, of which € 1.000.000
 * each for Wmo initiatives, beschermd wonen and jeugd (001_9744a8e01e8ca7e0.txt: "Voor innovatie
 * is drie miljoen euro beschikbaar. Hiervan is één miljoen voor Wmo gerelateerde initiatieven").
 * The round's 19 grants live in one place: the Groningen profile's data file
 * (profile-groningen, innovatieatelier-2016.yaml), with the tests that replay them.
 */
final class GroningenBudget {

    static final String PROGRAMME = "innovatie-2016";
    static final String WMO = "wmo-2016";
    static final String BESCHERMD_WONEN = "beschermd-wonen-2016";
    static final String JEUGD = "jeugd-2016";

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
}
