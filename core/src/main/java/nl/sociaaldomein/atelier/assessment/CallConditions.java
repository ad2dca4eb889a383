package nl.sociaaldomein.atelier.assessment;

import java.util.Objects;
import java.util.Set;
import nl.sociaaldomein.atelier.money.Money;

/**
 * What a call asks of an initiative, as the automatic rules need it: the amount limits per
 * initiative, the applicant kinds allowed (kind codes, e.g. {@code natural-person},
 * {@code foundation}; empty = all) and the call's themes (empty = any theme).
 */
public record CallConditions(Money minimumAmount, Money maximumAmount, Set<String> applicantKinds, Set<String> themes) {

    public CallConditions {
        Objects.requireNonNull(minimumAmount, "minimumAmount");
        Objects.requireNonNull(maximumAmount, "maximumAmount");
        applicantKinds = Set.copyOf(applicantKinds);
        themes = Set.copyOf(themes);
    }
}
