package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.initiative.Organisation;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.UnknownApplicant;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.round.DecisionRecord;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;

/**
 * The round events a large round is made of — submissions, score sheets and a policy's decisions
 * — read straight from the parser's tokens into the event, without a JSON tree per record: a
 * million-initiative round is two million such records, and building a tree of each was most of
 * the time a rebuild took.
 *
 * <p>Only the shape {@link JsonRoundEventCodec} writes is read here: known fields, each once, with
 * a value of the type written and one that parses. Anything else — a field it does not write, a
 * field twice, a {@code null}, a number where a text belongs, a date or amount that does not
 * parse — answers {@code null}, and the codec reads the payload as a tree, which says what is
 * wrong at its JSON path. So a payload reads to the same event, or fails with the same problem,
 * on either route ({@code RoundEventTokensProperties}).
 */
final class RoundEventTokens {

    private RoundEventTokens() {
    }

    /** A score sheet, or null when the payload is not exactly as written. */
    static RoundEvent.ScoresRecorded scores(String payload) {
        try (JsonParser p = EventJson.JSON.getFactory().createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Common common = new Common();
            String assessor = null;
            String initiativeId = null;
            Map<String, Integer> scores = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (common.read(name, value, p)) {
                    continue;
                }
                switch (name) {
                    case "assessor" -> {
                        if ((assessor = JsonTokenValues.firstText(assessor, value, p, LAST_ASSESSOR.get()[0])) == null) {
                            return null;
                        }
                        LAST_ASSESSOR.get()[0] = assessor;
                    }
                    case "initiativeId" -> {
                        if ((initiativeId = JsonTokenValues.firstText(initiativeId, value, p, null)) == null) {
                            return null;
                        }
                    }
                    case "scores" -> {
                        if (scores != null || value != JsonToken.START_OBJECT) {
                            return null;
                        }
                        scores = new TreeMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String criterion = p.currentName();
                            if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                                || scores.put(criterion, p.getIntValue()) != null) {
                                return null;
                            }
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (!common.complete() || assessor == null || initiativeId == null || scores == null || p.nextToken() != null) {
                return null;
            }
            return new RoundEvent.ScoresRecorded(common.callId, common.stamp(), assessor, initiativeId, scores);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A submission, or null when the payload is not exactly as written. */
    static RoundEvent.InitiativeSubmitted submitted(String payload) {
        try (JsonParser p = EventJson.JSON.getFactory().createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Common common = new Common();
            Initiative initiative = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (common.read(name, value, p)) {
                    continue;
                }
                if (!name.equals("initiative") || initiative != null || value != JsonToken.START_OBJECT) {
                    return null;
                }
                initiative = initiative(p);
                if (initiative == null) {
                    return null;
                }
            }
            if (!common.complete() || initiative == null || p.nextToken() != null) {
                return null;
            }
            return new RoundEvent.InitiativeSubmitted(common.callId, common.stamp(), initiative);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A policy's decisions, or null when the payload is not exactly as written. */
    static RoundEvent.DecisionsTaken decisionsTaken(String payload) {
        try (JsonParser p = EventJson.JSON.getFactory().createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Common common = new Common();
            Text decidedBy = null;
            List<DecisionRecord> decisions = null;
            List<PlannedReservation> reservations = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (common.read(name, value, p)) {
                    continue;
                }
                switch (name) {
                    case "decidedBy" -> {
                        if (decidedBy != null || (decidedBy = JsonTokenValues.text(p, value)) == null) {
                            return null;
                        }
                    }
                    case "decisions" -> {
                        if (decisions != null || (decisions = JsonTokenValues.objects(p, value, RoundEventTokens::decision)) == null) {
                            return null;
                        }
                    }
                    case "reservations" -> {
                        if (reservations != null || (reservations = JsonTokenValues.objects(p, value, RoundEventTokens::reservation)) == null) {
                            return null;
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (!common.complete() || decidedBy == null || decisions == null || p.nextToken() != null) {
                return null;
            }
            return new RoundEvent.DecisionsTaken(common.callId, common.stamp(), decidedBy, decisions,
                reservations == null ? List.of() : reservations);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The fields every round event has: the call and the stamp. Records in a row mostly share
     * them (one call, one actor and reason for a whole intake), so each thread keeps the last
     * ones read and hands out the same objects again: a rebuilt round of a million initiatives then
     * holds one stamp, not two million copies of it.
     */
    private static final class Common {
        private static final ThreadLocal<Common> LAST = ThreadLocal.withInitial(Common::new);

        private String callId;
        private String actor;
        private String reason;
        private LocalDate on;
        private Stamp stamp;

        /** Reads {@code name} when it is a common field (true); a second one or a wrong type makes {@link #complete()} false. */
        boolean read(String name, JsonToken value, JsonParser p) throws IOException {
            Common last = LAST.get();
            switch (name) {
                case "callId" -> callId = once(callId, value, p, last.callId);
                case "actor" -> actor = once(actor, value, p, last.actor);
                case "reason" -> reason = once(reason, value, p, last.reason);
                case "on" -> {
                    String text = once(on == null ? null : "", value, p, null);
                    on = text == BROKEN ? LocalDate.MIN : LocalDate.parse(text);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        boolean complete() {
            return callId != null && callId != BROKEN && actor != null && actor != BROKEN && reason != null && reason != BROKEN
                && !LocalDate.MIN.equals(on);
        }

        /** The stamp read; the last one read on this thread when it is the same. */
        Stamp stamp() {
            Common last = LAST.get();
            Optional<LocalDate> day = Optional.ofNullable(on);
            Stamp read = last.stamp != null && last.stamp.actor().equals(actor) && last.stamp.reason().equals(reason)
                && last.stamp.on().equals(day) ? last.stamp : new Stamp(actor, reason, day);
            last.callId = callId;
            last.actor = actor;
            last.reason = reason;
            last.stamp = read;
            return read;
        }
    }

    /** Marks a common field seen twice or of the wrong type. */
    private static final String BROKEN = new String("broken");

    private static String once(String seen, JsonToken value, JsonParser p, String last) throws IOException {
        return seen != null || value != JsonToken.VALUE_STRING ? BROKEN : JsonTokenValues.sameOrNew(p, last);
    }

    /** An initiative as {@link PortfolioWriter} writes it; the parser at its {@code START_OBJECT}. */
    private static Initiative initiative(JsonParser p) throws IOException {
        ImmutableInitiative.Builder b = Initiative.builder();
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            int bit = switch (name) {
                case "id" -> 1;
                case "title" -> 2;
                case "description" -> 4;
                case "applicant" -> 8;
                case "requestedAmount" -> 16;
                case "themes" -> 32;
                case "targetGroups" -> 64;
                case "legalFrameworks" -> 128;
                case "neighbourhood" -> 256;
                case "intakeChannel" -> 512;
                case "submissionDate" -> 1024;
                case "note" -> 2048;
                default -> 0;
            };
            if (bit == 0 || (seen & bit) != 0) {
                return null;
            }
            seen |= bit;
            if (bit == 8) {
                Applicant applicant = value == JsonToken.START_OBJECT ? applicant(p) : null;
                if (applicant == null) {
                    return null;
                }
                b.applicant(applicant);
            } else if (bit == 16) {
                String plain = switch (value) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue().toPlainString();
                    case VALUE_STRING -> p.getText();
                    default -> null;
                };
                Result<Money> amount = plain == null ? null : MoneyFormat.parsePlain(plain);
                if (amount == null || amount.isFailed()) {
                    return null;
                }
                b.requestedAmount(amount.orElseThrow());
            } else if (bit == 32 || bit == 64 || bit == 128) {
                List<String> texts = JsonTokenValues.texts(p, value);
                if (texts == null) {
                    return null;
                }
                if (bit == 32) {
                    b.themes(texts);
                } else if (bit == 64) {
                    b.targetGroups(texts);
                } else {
                    b.legalFrameworks(texts.stream().map(LegalFramework::new).toList());
                }
            } else {
                if (value != JsonToken.VALUE_STRING) {
                    return null;
                }
                String text = p.getText();
                switch (bit) {
                    case 1 -> b.id(text);
                    case 2 -> b.title(text);
                    case 4 -> b.description(text);
                    case 256 -> b.neighbourhood(text);
                    case 512 -> b.intakeChannel(new IntakeChannel(text));
                    case 1024 -> b.submissionDate(LocalDate.parse(text));
                    default -> b.note(text);
                }
            }
        }
        return (seen & (1 | 2 | 8)) == (1 | 2 | 8) ? b.build() : null;
    }

    private static Applicant applicant(JsonParser p) throws IOException {
        String kind = null;
        String name = null;
        String organisationKind = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String text = p.getText();
            switch (field) {
                case "kind" -> kind = kind == null ? text : BROKEN;
                case "name" -> name = name == null ? text : BROKEN;
                case "organisationKind" -> organisationKind = organisationKind == null ? text : BROKEN;
                default -> {
                    return null;
                }
            }
        }
        if (kind == null || kind == BROKEN || name == BROKEN || organisationKind == BROKEN) {
            return null;
        }
        // One organisation often applies many times in a row: they share one applicant, as they do in the round submitted.
        Applicant last = LAST_APPLICANT.get()[0];
        if (last instanceof Organisation o && kind.equals(PortfolioFormat.ORGANISATION) && o.name().equals(name)
            && (organisationKind == null ? o.kind().equals(OrganisationKind.UNKNOWN) : o.kind().code().equals(organisationKind))) {
            return last;
        }
        Applicant read = switch (kind) {
            case PortfolioFormat.UNKNOWN -> name == null && organisationKind == null ? UnknownApplicant.INSTANCE : null;
            case PortfolioFormat.NATURAL_PERSON -> name != null && organisationKind == null ? Applicant.naturalPerson(name) : null;
            case PortfolioFormat.ORGANISATION -> name == null ? null : Applicant.organisation(name,
                organisationKind == null ? OrganisationKind.UNKNOWN : new OrganisationKind(organisationKind));
            default -> null;
        };
        LAST_APPLICANT.get()[0] = read;
        return read;
    }

    private static final ThreadLocal<Applicant[]> LAST_APPLICANT = ThreadLocal.withInitial(() -> new Applicant[1]);

    /** A decision as the codec writes it; the parser at its {@code START_OBJECT}. */
    private static DecisionRecord decision(JsonParser p) throws IOException {
        DecisionKind kind = null;
        String initiativeId = null;
        Map<String, Money> amounts = null;
        List<String> conditions = null;
        String partner = null;
        String support = null;
        Map.Entry<String, Money> reservation = null;
        List<Text> reasons = null;
        Text rule = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "kind" -> {
                    if (kind != null || value != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    kind = DecisionKind.valueOf(p.getText().toUpperCase(Locale.ROOT).replace('-', '_'));
                }
                case "initiativeId" -> {
                    if ((initiativeId = JsonTokenValues.firstText(initiativeId, value, p, null)) == null) {
                        return null;
                    }
                }
                case "amounts" -> {
                    if (amounts != null || value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    amounts = new TreeMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String pot = p.currentName();
                        Money amount = p.nextToken() == JsonToken.VALUE_STRING ? JsonTokenValues.euros(p.getText()) : null;
                        if (amount == null || amounts.put(pot, amount) != null) {
                            return null;
                        }
                    }
                }
                case "conditions" -> {
                    if (conditions != null || (conditions = JsonTokenValues.texts(p, value)) == null) {
                        return null;
                    }
                }
                case "partner" -> {
                    if ((partner = JsonTokenValues.firstText(partner, value, p, null)) == null) {
                        return null;
                    }
                }
                case "support" -> {
                    if ((support = JsonTokenValues.firstText(support, value, p, null)) == null) {
                        return null;
                    }
                }
                case "reservation" -> {
                    if (reservation != null || value != JsonToken.START_OBJECT || (reservation = potAmount(p)) == null) {
                        return null;
                    }
                }
                case "reasons" -> {
                    if (reasons != null || value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    reasons = new ArrayList<>();
                    JsonToken next;
                    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                        Text reason = JsonTokenValues.text(p, next);
                        if (reason == null) {
                            return null;
                        }
                        reasons.add(reason);
                    }
                }
                case "rule" -> {
                    if (rule != null || (rule = JsonTokenValues.text(p, value)) == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (kind == null || initiativeId == null || rule == null) {
            return null;
        }
        return new DecisionRecord(kind, initiativeId, amounts == null ? Map.of() : amounts, conditions == null ? List.of() : conditions,
            Optional.ofNullable(partner), Optional.ofNullable(support), Optional.ofNullable(reservation),
            reasons == null ? List.of() : reasons, rule);
    }

    private static Map.Entry<String, Money> potAmount(JsonParser p) throws IOException {
        String potId = null;
        Money amount = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            if (field.equals("potId") && potId == null) {
                potId = p.getText();
            } else if (field.equals("amount") && amount == null) {
                if ((amount = JsonTokenValues.euros(p.getText())) == null) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return potId == null || amount == null ? null : Map.entry(potId, amount);
    }

    private static PlannedReservation reservation(JsonParser p) throws IOException {
        String id = null;
        String potId = null;
        Money amount = null;
        String purpose = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String text = p.getText();
            switch (field) {
                case "id" -> id = id == null ? text : BROKEN;
                case "potId" -> potId = potId == null ? text : BROKEN;
                case "purpose" -> purpose = purpose == null ? text : BROKEN;
                case "amount" -> {
                    if (amount != null || (amount = JsonTokenValues.euros(text)) == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (id == null || id == BROKEN || potId == null || potId == BROKEN || purpose == null || purpose == BROKEN || amount == null) {
            return null;
        }
        return new PlannedReservation(id, potId, amount, purpose);
    }

    private static final ThreadLocal<String[]> LAST_ASSESSOR = ThreadLocal.withInitial(() -> new String[1]);
}
