package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.events.EventCodec;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
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
 * A round's events as JSON journal payloads (docs/calls.md, "Events"): one object per event, the
 * common fields first ({@code callId}, {@code actor}, {@code reason}, {@code on} when the day is
 * known), then the event's own in a fixed order. Amounts are strings of euros with two decimals;
 * a submitted initiative is written as the portfolio format writes it (the journal is internal
 * data and keeps a natural person's own name; public output shows "Particulier"). The same event
 * always gives the same text.
 */
public final class JsonRoundEventCodec implements EventCodec<RoundEvent> {

    /** The start of every event type this codec writes and reads, as in {@code round.initiative-submitted}. */
    public static final String PREFIX = "round.";

    @Override
    public boolean owns(String type) {
        return type.startsWith(PREFIX);
    }

    @Override
    public String type(RoundEvent event) {
        if (event instanceof RoundEvent.CallOpened) {
            return PREFIX + "call-opened";
        }
        if (event instanceof RoundEvent.InitiativeSubmitted) {
            return PREFIX + "initiative-submitted";
        }
        if (event instanceof RoundEvent.InitiativeWithdrawn) {
            return PREFIX + "initiative-withdrawn";
        }
        if (event instanceof RoundEvent.RequestAmended) {
            return PREFIX + "request-amended";
        }
        if (event instanceof RoundEvent.ScoresRecorded) {
            return PREFIX + "scores-recorded";
        }
        if (event instanceof RoundEvent.AssessmentClosed) {
            return PREFIX + "assessment-closed";
        }
        if (event instanceof RoundEvent.DecisionsTaken) {
            return PREFIX + "decisions-taken";
        }
        if (event instanceof RoundEvent.ObjectionFiled) {
            return PREFIX + "objection-filed";
        }
        return PREFIX + "objection-decided";
    }

    @Override
    public String encode(RoundEvent event) {
        ObjectNode out = EventJson.object();
        out.put("callId", event.callId());
        EventJson.stamp(out, event.stamp());
        if (event instanceof RoundEvent.InitiativeSubmitted e) {
            out.set("initiative", PortfolioWriter.initiative(e.initiative()));
        } else if (event instanceof RoundEvent.InitiativeWithdrawn e) {
            out.put("initiativeId", e.initiativeId());
        } else if (event instanceof RoundEvent.RequestAmended e) {
            out.put("initiativeId", e.initiativeId());
            e.requestedAmount().ifPresent(amount -> out.put("requestedAmount", EventJson.euros(amount)));
        } else if (event instanceof RoundEvent.ScoresRecorded e) {
            out.put("assessor", e.assessor());
            out.put("initiativeId", e.initiativeId());
            ObjectNode scores = out.putObject("scores");
            new TreeMap<>(e.scores()).forEach(scores::put);
        } else if (event instanceof RoundEvent.DecisionsTaken e) {
            out.set("decidedBy", EventJson.text(e.decidedBy()));
            ArrayNode decisions = out.putArray("decisions");
            e.decisions().forEach(d -> decisions.add(decision(d)));
            ArrayNode reservations = out.putArray("reservations");
            for (PlannedReservation r : e.reservations()) {
                ObjectNode node = reservations.addObject();
                node.put("id", r.id());
                node.put("potId", r.potId());
                node.put("amount", EventJson.euros(r.amount()));
                node.put("purpose", r.purpose());
            }
        } else if (event instanceof RoundEvent.ObjectionFiled e) {
            out.put("initiativeId", e.initiativeId());
            out.put("grounds", e.grounds());
        } else if (event instanceof RoundEvent.ObjectionDecided e) {
            out.put("initiativeId", e.initiativeId());
            out.put("upheld", e.upheld());
            out.set("motivation", EventJson.text(e.motivation()));
            e.revised().ifPresent(d -> out.set("decision", decision(d)));
        }
        return EventJson.write(out);
    }

    private static ObjectNode decision(DecisionRecord d) {
        ObjectNode out = EventJson.object();
        out.put("initiativeId", d.initiativeId());
        out.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (!d.amounts().isEmpty()) {
            ObjectNode amounts = out.putObject("amounts");
            d.amountsSorted().forEach((pot, amount) -> amounts.put(pot, EventJson.euros(amount)));
        }
        if (!d.conditions().isEmpty()) {
            ArrayNode conditions = out.putArray("conditions");
            d.conditions().forEach(conditions::add);
        }
        d.partner().ifPresent(p -> out.put("partner", p));
        d.support().ifPresent(s -> out.put("support", s));
        d.reservation().ifPresent(r -> {
            ObjectNode node = out.putObject("reservation");
            node.put("potId", r.getKey());
            node.put("amount", EventJson.euros(r.getValue()));
        });
        if (!d.reasons().isEmpty()) {
            ArrayNode reasons = out.putArray("reasons");
            d.reasons().forEach(reason -> reasons.add(EventJson.text(reason)));
        }
        out.set("rule", EventJson.text(d.rule()));
        return out;
    }

    /** Stateless: Jackson's mapper may be shared by threads. */
    @Override
    public boolean decodesConcurrently() {
        return true;
    }

    /**
     * The event of a record. The events a large round is made of are read from the parser's tokens
     * ({@link RoundEventTokens}); a payload that is not exactly as written, and every other event,
     * is read as a tree, which names what is wrong at its JSON path.
     */
    @Override
    public RoundEvent decode(String type, String payload) {
        RoundEvent event = switch (type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type) {
            case "initiative-submitted" -> RoundEventTokens.submitted(payload);
            case "scores-recorded" -> RoundEventTokens.scores(payload);
            case "decisions-taken" -> RoundEventTokens.decisionsTaken(payload);
            default -> null;
        };
        return event != null ? event : decodeAsTree(type, payload);
    }

    /** The event of a record read as a JSON tree: every payload, exactly as written or not. */
    static RoundEvent decodeAsTree(String type, String payload) {
        if (type.equals(PREFIX + "decisions-taken") || type.equals("decisions-taken")) {
            return decisionsTaken(payload);
        }
        EventJson.Reader f = EventJson.Reader.parse(payload);
        String callId = f.text("callId");
        Stamp stamp = f.stamp();
        switch (type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type) {
            case "call-opened":
                return new RoundEvent.CallOpened(callId, stamp);
            case "initiative-submitted":
                return new RoundEvent.InitiativeSubmitted(callId, stamp, initiative(f.object("initiative")));
            case "initiative-withdrawn":
                return new RoundEvent.InitiativeWithdrawn(callId, stamp, f.text("initiativeId"));
            case "request-amended":
                return new RoundEvent.RequestAmended(callId, stamp, f.text("initiativeId"),
                    f.has("requestedAmount") ? Optional.of(f.money("requestedAmount")) : Optional.empty());
            case "scores-recorded": {
                EventJson.Reader scores = f.object("scores");
                Map<String, Integer> map = new TreeMap<>();
                scores.node().fieldNames().forEachRemaining(criterion -> {
                    long score = scores.whole(criterion);
                    if (score < Integer.MIN_VALUE || score > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException(scores.path(criterion) + " is out of range");
                    }
                    map.put(criterion, (int) score);
                });
                return new RoundEvent.ScoresRecorded(callId, stamp, f.text("assessor"), f.text("initiativeId"), map);
            }
            case "assessment-closed":
                return new RoundEvent.AssessmentClosed(callId, stamp);
            case "objection-filed":
                return new RoundEvent.ObjectionFiled(callId, stamp, f.text("initiativeId"), f.text("grounds"));
            case "objection-decided":
                return new RoundEvent.ObjectionDecided(callId, stamp, f.text("initiativeId"), f.bool("upheld"), f.textPair("motivation"),
                    f.has("decision") ? Optional.of(decision(f.object("decision"))) : Optional.empty());
            default:
                throw new IllegalArgumentException("record type '" + type + "' is no round event type");
        }
    }

    /**
     * A policy's decisions on a whole round are one event: a million initiatives make a payload of
     * hundreds of megabytes, so its decisions are read one by one as the parser passes them.
     */
    private static RoundEvent decisionsTaken(String payload) {
        EventJson.Streamed<DecisionRecord> streamed = EventJson.Reader.parseStreaming(payload, "decisions", JsonRoundEventCodec::decision);
        EventJson.Reader f = streamed.rest();
        String callId = f.text("callId");
        Stamp stamp = f.stamp();
        Text decidedBy = f.textPair("decidedBy");
        return new RoundEvent.DecisionsTaken(callId, stamp, decidedBy, streamed.list(),
            f.list("reservations", r -> new PlannedReservation(r.text("id"), r.text("potId"), r.money("amount"), r.text("purpose"))));
    }

    private static DecisionRecord decision(EventJson.Reader r) {
        String kindText = r.text("kind");
        DecisionKind kind;
        try {
            kind = DecisionKind.valueOf(kindText.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.path("kind") + " must be one of granted, referred, in-kind, deferred, rejected, withdrawn, not '"
                + kindText + "'");
        }
        Map<String, Money> amounts = new TreeMap<>();
        if (r.has("amounts")) {
            EventJson.Reader a = r.object("amounts");
            a.node().fieldNames().forEachRemaining(pot -> amounts.put(pot, a.money(pot)));
        }
        Optional<Map.Entry<String, Money>> reservation = r.has("reservation")
            ? Optional.of(Map.entry(r.object("reservation").text("potId"), r.object("reservation").money("amount"))) : Optional.empty();
        List<Text> reasons = r.list("reasons", t -> Text.of(t.text("nl"), t.text("en")));
        return new DecisionRecord(kind, r.text("initiativeId"), amounts, r.texts("conditions"), r.optionalText("partner"),
            r.optionalText("support"), reservation, reasons, r.textPair("rule"));
    }

    /** An initiative as {@link PortfolioWriter} writes it. */
    private static Initiative initiative(EventJson.Reader r) {
        ImmutableInitiative.Builder b = Initiative.builder().id(r.text("id")).title(r.text("title"))
            .description(r.optionalText("description")).applicant(applicant(r.object("applicant")))
            .themes(r.texts("themes")).targetGroups(r.texts("targetGroups"))
            .legalFrameworks(r.texts("legalFrameworks").stream().map(LegalFramework::new).toList())
            .neighbourhood(r.optionalText("neighbourhood")).intakeChannel(r.optionalText("intakeChannel").map(IntakeChannel::new))
            .submissionDate(r.optionalDate("submissionDate")).note(r.optionalText("note"));
        if (r.has("requestedAmount")) {
            JsonNode amount = r.node().get("requestedAmount");
            String plain = amount.isNumber() ? amount.decimalValue().toPlainString() : amount.asText();
            Result<Money> requested = MoneyFormat.parsePlain(plain);
            if (requested.isFailed()) {
                throw new IllegalArgumentException(r.path("requestedAmount") + " " + requested.problems().get(0).message(java.util.Locale.ENGLISH));
            }
            b.requestedAmount(requested.orElseThrow());
        }
        return b.build();
    }

    private static Applicant applicant(EventJson.Reader r) {
        String kind = r.text("kind");
        switch (kind) {
            case PortfolioFormat.UNKNOWN:
                return UnknownApplicant.INSTANCE;
            case PortfolioFormat.NATURAL_PERSON:
                return Applicant.naturalPerson(r.text("name"));
            case PortfolioFormat.ORGANISATION:
                return Applicant.organisation(r.text("name"), r.optionalText("organisationKind").map(OrganisationKind::new)
                    .orElse(OrganisationKind.UNKNOWN));
            default:
                throw new IllegalArgumentException(r.path("kind") + " must be natural-person, organisation or unknown, not '" + kind + "'");
        }
    }
}
