package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * The policy plan an experiment serves, e.g. Oost Gelre's "Samen, voor elkaar": "In 2014 is het
 * beleidsplan 'Samen, voor elkaar' vastgesteld. In 2017 is een vernieuwde versie vastgesteld."
 * (004_09d1d1def8e42fc5.txt).
 *
 * @param name    the plan's name, e.g. "Samen, voor elkaar"
 * @param adopted when it was adopted (vastgesteld)
 * @param renewed when it was renewed, in order
 */
public record PolicyPlan(String name, PartialDate adopted, List<PartialDate> renewed) {

    /**
     * Checks that the plan has a name and keeps a copy of the renewals.
     *
     * @param name    the plan's name, e.g. "Samen, voor elkaar"
     * @param adopted when it was adopted (vastgesteld)
     * @param renewed when it was renewed, in order
     * @throws IllegalArgumentException when the name is blank
     */
    public PolicyPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(adopted, "adopted");
        renewed = List.copyOf(renewed);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a policy plan needs a name");
        }
    }
}
