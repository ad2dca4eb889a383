package nl.sociaaldomein.atelier.profile.hoogeveen;

import nl.sociaaldomein.atelier.text.Text;
import java.util.List;

/**
 * The motion's themes (002_9515f7258e93469e.txt: "doelen / thema's zoals: stimuleren van
 * zelfredzaamheid, samenwerken op het gebied van zorg of bijvoorbeeld meer aandacht voor het
 * voorkomen van problemen (preventie)"). The ids are the theme codes initiatives carry and the
 * ids of the scored criteria.
 */
public final class HoogeveenThemes {

    public static final String SELF_RELIANCE = "self-reliance";
    public static final String CARE_COLLABORATION = "care-collaboration";
    public static final String PREVENTION = "prevention";

    /** The themes in the motion's order. */
    public static final List<InnovationAgenda.Theme> ALL = List.of(
        new InnovationAgenda.Theme(SELF_RELIANCE, new Text("Stimuleren van zelfredzaamheid", "Promoting self-reliance"), List.of()),
        new InnovationAgenda.Theme(CARE_COLLABORATION, new Text("Samenwerken op het gebied van zorg", "Collaboration in care"), List.of()),
        new InnovationAgenda.Theme(PREVENTION, new Text("Voorkomen van problemen (preventie)", "Preventing problems (prevention)"), List.of()));

    private HoogeveenThemes() {
    }

    /** The name of a theme code in the locale's language, or the code itself when it is not one of the motion's. */
    public static String name(String code, java.util.Locale locale) {
        return ALL.stream().filter(t -> t.id().equals(code)).findFirst().map(t -> t.name().in(locale)).orElse(code);
    }
}
