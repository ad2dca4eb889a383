package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.LedgerCodec;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.LedgerRecordTypes;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Ledger entries as JSON journal payloads (docs/budgets.md, "Journal records"): one object per
 * entry, fields in a fixed order, the common fields first ({@code id}, {@code effectiveDate},
 * {@code reason}, {@code recordedBy}), then the entry's own. Amounts are strings of euros with
 * exactly two decimals ({@code "25000.00"}), never floating point; funding weights are strings of
 * whole numbers (they may exceed what a JSON number keeps exactly); dates are ISO
 * ({@code 2016-06-30}). The same entry always gives the same text, so a journal's hash chain can
 * be recomputed from the entries.
 */
public final class JsonLedgerCodec implements LedgerCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String encode(LedgerEntry entry) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", entry.id());
        json.put("effectiveDate", entry.effectiveDate().toString());
        json.put("reason", entry.reason());
        json.put("recordedBy", entry.recordedBy());
        if (entry instanceof LedgerEntry.Reserve e) {
            json.put("reservationId", e.reservationId());
            json.put("potId", e.potId());
            json.put("amount", euros(e.amount()));
            json.put("purpose", e.purpose());
        } else if (entry instanceof LedgerEntry.ReleaseReservation e) {
            json.put("reservationId", e.reservationId());
            json.put("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Grant e) {
            json.put("initiativeId", e.initiativeId());
            json.put("title", e.title());
            json.put("amount", euros(e.amount()));
            ArrayNode funding = json.putArray("funding");
            for (Funding f : e.funding()) {
                funding.addObject().put("potId", f.potId()).put("weight", Long.toString(f.weight()));
            }
            e.reservationId().ifPresent(id -> json.put("reservationId", id));
        } else if (entry instanceof LedgerEntry.AmendGrant e) {
            json.put("initiativeId", e.initiativeId());
            json.put("newAmount", euros(e.newAmount()));
        } else if (entry instanceof LedgerEntry.WithdrawGrant e) {
            json.put("initiativeId", e.initiativeId());
        } else if (entry instanceof LedgerEntry.Advance e) {
            json.put("initiativeId", e.initiativeId());
            json.put("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Determine e) {
            json.put("initiativeId", e.initiativeId());
            json.put("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Reclaim e) {
            json.put("initiativeId", e.initiativeId());
            json.put("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Transfer e) {
            json.put("fromPotId", e.fromPotId());
            json.put("toPotId", e.toPotId());
            json.put("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.SetCeiling e) {
            json.put("potId", e.potId());
            json.put("ceiling", euros(e.ceiling()));
            json.put("publishedOn", e.publishedOn().toString());
        }
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings could not be written as JSON", e);
        }
    }

    @Override
    public LedgerEntry decode(String type, String payload) {
        JsonNode json;
        try {
            json = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the payload is not a JSON object");
        }
        Fields f = new Fields(json);
        String id = f.text("id");
        LocalDate date = f.date("effectiveDate");
        String reason = f.text("reason");
        String by = f.text("recordedBy");
        switch (type.substring(Math.min(type.length(), LedgerRecordTypes.PREFIX.length()))) {
            case "reserve":
                return new LedgerEntry.Reserve(id, date, reason, by, f.text("reservationId"), f.text("potId"), f.money("amount"),
                    f.text("purpose"));
            case "release-reservation":
                return new LedgerEntry.ReleaseReservation(id, date, reason, by, f.text("reservationId"), f.money("amount"));
            case "grant":
                return new LedgerEntry.Grant(id, date, reason, by, f.text("initiativeId"), f.text("title"), f.money("amount"),
                    f.funding("funding"), f.optionalText("reservationId"));
            case "amend-grant":
                return new LedgerEntry.AmendGrant(id, date, reason, by, f.text("initiativeId"), f.money("newAmount"));
            case "withdraw-grant":
                return new LedgerEntry.WithdrawGrant(id, date, reason, by, f.text("initiativeId"));
            case "advance":
                return new LedgerEntry.Advance(id, date, reason, by, f.text("initiativeId"), f.money("amount"));
            case "determine":
                return new LedgerEntry.Determine(id, date, reason, by, f.text("initiativeId"), f.money("amount"));
            case "reclaim":
                return new LedgerEntry.Reclaim(id, date, reason, by, f.text("initiativeId"), f.money("amount"));
            case "transfer":
                return new LedgerEntry.Transfer(id, date, reason, by, f.text("fromPotId"), f.text("toPotId"), f.money("amount"));
            case "ceiling":
                return new LedgerEntry.SetCeiling(id, date, reason, by, f.text("potId"), f.money("ceiling"), f.date("publishedOn"));
            default:
                throw new IllegalArgumentException("record type '" + type + "' is no ledger entry type");
        }
    }

    /** Euros with exactly two decimals, e.g. {@code "-0.05"}, {@code "25000.00"}. */
    static String euros(Money amount) {
        return BigDecimal.valueOf(amount.cents(), 2).toPlainString();
    }

    /** Reads fields, naming the field (as a JSON path) in every problem. */
    private static final class Fields {
        private final JsonNode json;

        Fields(JsonNode json) {
            this.json = json;
        }

        String text(String field) {
            JsonNode node = json.get(field);
            if (node == null || !node.isTextual()) {
                throw new IllegalArgumentException("$." + field + " must be a string" + (node == null ? ", and is missing" : ""));
            }
            return node.textValue();
        }

        Optional<String> optionalText(String field) {
            return json.has(field) && !json.get(field).isNull() ? Optional.of(text(field)) : Optional.empty();
        }

        LocalDate date(String field) {
            String text = text(field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("$." + field + " must be an ISO date like 2016-06-30, not '" + text + "'");
            }
        }

        Money money(String field) {
            return money("$." + field, text(field));
        }

        static Money money(String path, String text) {
            try {
                BigDecimal euros = new BigDecimal(text);
                if (euros.scale() > 2) {
                    throw new IllegalArgumentException(path + " must be whole cents, not '" + text + "'");
                }
                return Money.ofCents(euros.movePointRight(2).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException(path + " must be an amount in euros like \"25000.00\", not '" + text + "'");
            }
        }

        List<Funding> funding(String field) {
            JsonNode node = json.get(field);
            if (node == null || !node.isArray()) {
                throw new IllegalArgumentException("$." + field + " must be a list of {potId, weight}");
            }
            List<Funding> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                Fields part = new Fields(node.get(i));
                String path = "$." + field + "[" + i + "]";
                if (!node.get(i).isObject()) {
                    throw new IllegalArgumentException(path + " must be an object {potId, weight}");
                }
                String weight;
                try {
                    weight = part.text("weight");
                    out.add(new Funding(part.text("potId"), Long.parseLong(weight)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(path + ".weight must be a whole number in a string");
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + e.getMessage().substring(1));
                }
            }
            return out;
        }
    }
}
