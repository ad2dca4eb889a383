package nl.sociaaldomein.atelier.assessment;

import java.util.Objects;
import java.util.Set;
import nl.sociaaldomein.atelier.money.Money;

/**
 * What a call asks of an initiative, as the automatic rules need it: the amount limits per
 * initiative, the applicant kinds allowed (kind codes, e.g. {@code natural-person},
 * {@code foundation}; empty = all) and the call's themes (empty = any theme).
 *
 * @param minimumAmount  the smallest amount per initiative
 * @param maximumAmount  the largest amount per initiative
 * @param applicantKinds the applicant kind codes allowed; empty = all
 * @param themes         the call's themes; empty = any theme
 */
public record CallConditions(Money minimumAmount, Money maximumAmount, Set<String> applicantKinds, Set<String> themes) {

    /**
     * Checks the limits are given and keeps copies of the sets.
     *
     * @param minimumAmount  the smallest amount per initiative
     * @param maximumAmount  the largest amount per initiative
     * @param applicantKinds the applicant kind codes allowed; empty = all
     * @param themes         the call's themes; empty = any theme
     */
    public CallConditions {
        Objects.requireNonNull(minimumAmount, "minimumAmount");
        Objects.requireNonNull(maximumAmount, "maximumAmount");
        applicantKinds = Set.copyOf(applicantKinds);
        themes = Set.copyOf(themes);
    }
}
