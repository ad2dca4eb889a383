package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * The policy plan an experiment serves, e.g. Oost Gelre's "Samen, voor elkaar": "In 2014 is het
 * beleidsplan 'Samen, voor elkaar' vastgesteld. In 2017 is een vernieuwde versie vastgesteld."
 * (004_09d1d1def8e42fc5.txt).
 */
public record PolicyPlan(String name, PartialDate adopted, List<PartialDate> renewed) {

    public PolicyPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(adopted, "adopted");
        renewed = List.copyOf(renewed);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a policy plan needs a name");
        }
    }
}
