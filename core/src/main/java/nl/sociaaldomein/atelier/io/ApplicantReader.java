package nl.sociaaldomein.atelier.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.UnknownApplicant;

/**
 * Reads an applicant: {@code {kind: natural-person, name}},
 * {@code {kind: organisation, name, organisationKind}} (the kind may be left out when the sources do
 * not give it: it is then unknown, not guessed), or {@code {kind: unknown}} for one the sources do not name.
 */
final class ApplicantReader {

    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        PortfolioFormat.APPLICANT_KINDS.forEach(kind -> KINDS.put(kind, kind));
    }

    private ApplicantReader() {
    }

    static Optional<Applicant> read(ObjectFields fields) {
        Optional<String> kind = fields.requiredChoice("kind", KINDS);
        if (kind.filter(PortfolioFormat.UNKNOWN::equals).isPresent()) {
            fields.done();
            return Optional.of(UnknownApplicant.INSTANCE);
        }
        Optional<String> name = fields.requiredText("name");
        boolean kindGiven = fields.has("organisationKind");
        Optional<OrganisationKind> organisationKind = OpenCodes.code(fields, "organisationKind", OrganisationKind::new);
        fields.done();
        if (kind.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get().equals(PortfolioFormat.NATURAL_PERSON)) {
            if (kindGiven) {
                fields.context().problem(fields.pathOf("organisationKind"),
                    "a natural person has no organisation kind; use kind: organisation, or leave organisationKind out");
                return Optional.empty();
            }
            return Optional.of(Applicant.naturalPerson(name.get()));
        }
        if (!kindGiven) {
            return Optional.of(Applicant.organisation(name.get(), OrganisationKind.UNKNOWN));
        }
        return organisationKind.map(k -> Applicant.organisation(name.get(), k));
    }
}
