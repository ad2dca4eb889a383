package nl.sociaaldomein.atelier.profile.oostgelre;

import java.time.Year;
import java.util.List;

/**
 * The policy plan the experiments serve: "In 2014 is het beleidsplan 'Samen, voor elkaar'
 * vastgesteld. In 2017 is een vernieuwde versie vastgesteld." (004_09d1d1def8e42fc5.txt)
 *
 * @param name    the plan's title
 * @param adopted the years a version was adopted, first to last
 */
public record PolicyPlan(String name, List<Year> adopted) {

    public static final PolicyPlan SAMEN_VOOR_ELKAAR = new PolicyPlan("Samen, voor elkaar", List.of(Year.of(2014), Year.of(2017)));

    public PolicyPlan {
        adopted = List.copyOf(adopted);
    }
}
