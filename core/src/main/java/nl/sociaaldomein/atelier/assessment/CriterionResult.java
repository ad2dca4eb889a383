package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The result of one initiative on one criterion: the verdict, the combined score (hundredths of a
 * point; empty for an automatic rule or when not assessed), what decided it (the combination rule
 * or the automatic rule's id), why in words, and the assessors who dissented with their scores.
 *
 * @param criterion       the criterion
 * @param verdict         passed, failed, recorded (informational) or not assessed
 * @param scoreHundredths the combined score in hundredths of a point; empty for an automatic rule or when not assessed
 * @param decidedBy       the combination rule or the automatic rule's id
 * @param explanation     why, in words
 * @param dissent         the assessors who differ from the combined score, with their scores
 */
public record CriterionResult(Criterion criterion, Verdict verdict, OptionalLong scoreHundredths,
                              String decidedBy, Text explanation, List<String> dissent) {

    /**
     * Checks that no component is missing and keeps a copy of the dissent.
     *
     * @param criterion       the criterion
     * @param verdict         passed, failed, recorded (informational) or not assessed
     * @param scoreHundredths the combined score in hundredths of a point; empty for an automatic rule or when not assessed
     * @param decidedBy       the combination rule or the automatic rule's id
     * @param explanation     why, in words
     * @param dissent         the assessors who differ from the combined score, with their scores
     */
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(scoreHundredths, "scoreHundredths");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(explanation, "explanation");
        dissent = List.copyOf(dissent);
    }
}
