package nl.sociaaldomein.atelier.profile.groningen;

import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Label;

/**
 * Groningen's innovation budget: "Voor innovatie is drie miljoen euro beschikbaar. Hiervan is één
 * miljoen voor Wmo gerelateerde initiatieven; één miljoen voor innovaties op het gebied van
 * beschermd wonen [...] en één miljoen voor jeugd" (001_9744a8e01e8ca7e0.txt).
 */
public final class GroningenBudget {

    public static final Money TOTAL = Money.ofEuros(3_000_000);

    public static final Pot WMO_INITIATIVES = new Pot("wmo-initiatives",
        new Label("Wmo-gerelateerde initiatieven (Innovatieatelier)", "Wmo-related initiatives (Innovation Workshop)"),
        Money.ofEuros(1_000_000));
    public static final Pot SHELTERED_HOUSING = new Pot("sheltered-housing",
        new Label("Innovaties beschermd wonen", "Sheltered housing innovations"), Money.ofEuros(1_000_000));
    public static final Pot YOUTH = new Pot("youth", new Label("Jeugd", "Youth"), Money.ofEuros(1_000_000));

    public static final List<Pot> POTS = List.of(WMO_INITIATIVES, SHELTERED_HOUSING, YOUTH);

    private GroningenBudget() {
    }
}
