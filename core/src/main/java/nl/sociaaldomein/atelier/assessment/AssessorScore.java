package nl.sociaaldomein.atelier.assessment;

import java.util.Objects;

/**
 * One assessor's score for one initiative on one criterion (for a knock-out: 1 pass, 0 fail).
 *
 * @param assessor     who scored
 * @param initiativeId the initiative scored
 * @param criterionId  the criterion scored on
 * @param score        the score on the criterion's scale (knock-out: 1 pass, 0 fail)
 */
public record AssessorScore(String assessor, String initiativeId, String criterionId, int score) {

    /**
     * Checks that the assessor, initiative and criterion are named.
     *
     * @param assessor     who scored
     * @param initiativeId the initiative scored
     * @param criterionId  the criterion scored on
     * @param score        the score on the criterion's scale (knock-out: 1 pass, 0 fail)
     */
    public AssessorScore {
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(initiativeId, "initiativeId");
        Objects.requireNonNull(criterionId, "criterionId");
    }
}
