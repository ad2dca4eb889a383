package nl.sociaaldomein.atelier.assessment;

import java.util.Objects;

/** One assessor's score for one initiative on one criterion (for a knock-out: 1 pass, 0 fail). */
public record AssessorScore(String assessor, String initiativeId, String criterionId, int score) {

    public AssessorScore {
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(initiativeId, "initiativeId");
        Objects.requireNonNull(criterionId, "criterionId");
    }
}
