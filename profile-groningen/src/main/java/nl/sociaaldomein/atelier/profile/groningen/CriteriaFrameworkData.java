package nl.sociaaldomein.atelier.profile.groningen;

import java.util.List;
import nl.sociaaldomein.atelier.profile.Label;

/**
 * A named set of criteria as data.
 *
 * @param id       kebab-case id
 * @param name     what the source calls it
 * @param criteria in the order of the source
 */
public record CriteriaFrameworkData(String id, Label name, List<Criterion> criteria) {

    public CriteriaFrameworkData {
        criteria = List.copyOf(criteria);
    }
}
