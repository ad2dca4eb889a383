package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.sociaaldomein.atelier.io.support.Amounts;

/**
 * The portfolio and round formats as Jackson binds a document that its schema
 * ({@link FormatSchema}) has accepted: one record per object of the schema, one component per
 * property, named as the file names it. The schema has already refused unknown fields, missing
 * required ones and values of the wrong kind; what a schema cannot say (real dates, exact
 * amounts, references between parts) is checked while these records become the domain model.
 * Amounts stay the {@link JsonNode} the file wrote, so that they are read from their exact
 * decimal text ({@link Amounts}); a list left out binds as null.
 */
final class FileEntries {

    private FileEntries() {
    }

    /** A portfolio file, or a round's inline portfolio (whose {@code format} may be left out). */
    record PortfolioEntry(String format, MunicipalityEntry municipality, String title, String source, PeriodEntry period,
                          List<InitiativeEntry> initiatives) {
    }

    record MunicipalityEntry(String name, String cbsCode) {
    }

    record PeriodEntry(String start, String end) {
    }

    record InitiativeEntry(String id, String title, String description, ApplicantEntry applicant, JsonNode requestedAmount,
                           List<String> themes, List<String> targetGroups, List<String> legalFrameworks, String neighbourhood,
                           String intakeChannel, String submissionDate, String note) {
    }

    record ApplicantEntry(String kind, String name, String organisationKind) {
    }

    /** A round file; its portfolio is a path (a text) or inline (an object). */
    record RoundEntry(String format, String source, JsonNode portfolio, BudgetEntry budget, CallEntry call,
                      List<ScoreEntry> scores, DecisionsEntry decisions, List<ProvenanceEntry> provenance) {
    }

    record BudgetEntry(List<PotEntry> pots) {
    }

    record PotEntry(String id, String name, JsonNode ceiling, String period, String parent, List<String> fundingSources) {
    }

    record CallEntry(String id, String name, String pot, String framework, List<PhaseEntry> phases, List<String> intakeChannels,
                     List<String> applicantKinds, List<String> themes, JsonNode minimumAmount, JsonNode maximumAmount,
                     Boolean oneOff) {
    }

    record PhaseEntry(String phase, String start, String end) {
    }

    record ScoreEntry(String assessor, String initiative, String criterion, Integer score) {
    }

    record DecisionsEntry(String date, DecidedByEntry decidedBy, List<OutcomeEntry> outcomes, List<ReservationEntry> reservations) {
    }

    record DecidedByEntry(String nl, String en) {
    }

    /** One outcome; which of the fields after {@code note} it has depends on the decision (see the schema). */
    record OutcomeEntry(String initiative, String decision, String note, JsonNode amount, String pot, List<FundingEntry> funding,
                        List<String> conditions, String partner, String support, JsonNode reservation, List<String> reasons) {
    }

    record FundingEntry(String pot, JsonNode amount) {
    }

    record ReservationEntry(String id, String pot, JsonNode amount, String purpose, String note) {
    }

    record ProvenanceEntry(String of, SourceEntry bron, String berekend, String aanname) {
    }

    record SourceEntry(String file, String quote) {
    }
}
