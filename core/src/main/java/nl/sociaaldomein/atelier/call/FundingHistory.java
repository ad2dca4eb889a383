package nl.sociaaldomein.atelier.call;

import java.util.Set;
import nl.sociaaldomein.atelier.initiative.Applicant;

/**
 * Who and what was funded before, for calls with one-off support: those initiatives and
 * applicants are barred from a new grant.
 *
 * @param initiativeIds the initiatives funded before
 * @param applicants    the applicants funded before
 */
public record FundingHistory(Set<String> initiativeIds, Set<Applicant> applicants) {

    /** Nothing funded before. */
    public static final FundingHistory NONE = new FundingHistory(Set.of(), Set.of());

    /**
     * Keeps copies of both sets.
     *
     * @param initiativeIds the initiatives funded before
     * @param applicants    the applicants funded before
     */
    public FundingHistory {
        initiativeIds = Set.copyOf(initiativeIds);
        applicants = Set.copyOf(applicants);
    }
}
