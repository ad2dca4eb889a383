package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.UnknownApplicant;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Makes an applicant from its bound entry: {@code {kind: natural-person, name}},
 * {@code {kind: organisation, name, organisationKind}} (the kind may be left out when the sources do
 * not give it: it is then unknown, not guessed), or {@code {kind: unknown}} for one the sources do
 * not name. The schema has already matched the fields to the kind.
 */
final class ApplicantReader {

    private ApplicantReader() {
    }

    static Optional<Applicant> read(ReadContext context, String pointer, FileEntries.ApplicantEntry entry) {
        try {
            switch (entry.kind()) {
                case PortfolioFormat.UNKNOWN:
                    return Optional.of(UnknownApplicant.INSTANCE);
                case PortfolioFormat.NATURAL_PERSON:
                    return Optional.of(Applicant.naturalPerson(entry.name().strip()));
                default:
                    if (entry.organisationKind() == null) {
                        return Optional.of(Applicant.organisation(entry.name().strip(), OrganisationKind.UNKNOWN));
                    }
                    return Optional.of(Applicant.organisation(entry.name().strip(), new OrganisationKind(entry.organisationKind().strip())));
            }
        } catch (IllegalArgumentException e) {
            context.problem(pointer, Mistake.ofRule("input.inconsistent", e.getMessage()));
            return Optional.empty();
        }
    }
}
