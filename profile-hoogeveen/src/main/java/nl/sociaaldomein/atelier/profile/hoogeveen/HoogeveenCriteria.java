package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.List;
import nl.sociaaldomein.atelier.profile.Label;
import nl.sociaaldomein.atelier.profile.hoogeveen.Criterion.Kind;

/**
 * The motion's test and themes (002_9515f7258e93469e.txt): "Belangrijk is om te kijken naar onze
 * beleidsdoelen, daar moet aan worden getoetst", with as themes "stimuleren van zelfredzaamheid,
 * samenwerken op het gebied van zorg of bijvoorbeeld meer aandacht voor het voorkomen van
 * problemen (preventie)".
 */
public final class HoogeveenCriteria {

    public static final String FRAMEWORK_ID = "innovatie-sociaal-domein-2016";

    public static final List<Criterion> CRITERIA = List.of(
        new Criterion("policy-goals",
            new Label("Draagt bij aan de beleidsdoelen", "Contributes to the policy goals"), Kind.REQUIREMENT),
        new Criterion("self-reliance",
            new Label("Stimuleren van zelfredzaamheid", "Promoting self-reliance"), Kind.CONTRIBUTION),
        new Criterion("care-collaboration",
            new Label("Samenwerken op het gebied van zorg", "Collaboration in care"), Kind.CONTRIBUTION),
        new Criterion("prevention",
            new Label("Voorkomen van problemen (preventie)", "Preventing problems (prevention)"), Kind.CONTRIBUTION));

    private HoogeveenCriteria() {
    }
}
