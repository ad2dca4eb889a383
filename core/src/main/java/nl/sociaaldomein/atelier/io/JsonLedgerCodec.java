package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import nl.sociaaldomein.atelier.io.support.Amounts;

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
        StringWriter text = new StringWriter(256);
        // Streamed, not built as a tree: a journaled ledger encodes every entry it posts.
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("id", entry.id());
            json.writeStringField("effectiveDate", entry.effectiveDate().toString());
            json.writeStringField("reason", entry.reason());
            json.writeStringField("recordedBy", entry.recordedBy());
            fields(json, entry);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private static void fields(JsonGenerator json, LedgerEntry entry) throws IOException {
        if (entry instanceof LedgerEntry.Reserve e) {
            json.writeStringField("reservationId", e.reservationId());
            json.writeStringField("potId", e.potId());
            json.writeStringField("amount", euros(e.amount()));
            json.writeStringField("purpose", e.purpose());
        } else if (entry instanceof LedgerEntry.ReleaseReservation e) {
            json.writeStringField("reservationId", e.reservationId());
            json.writeStringField("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Grant e) {
            json.writeStringField("initiativeId", e.initiativeId());
            json.writeStringField("title", e.title());
            json.writeStringField("amount", euros(e.amount()));
            json.writeArrayFieldStart("funding");
            for (Funding f : e.funding()) {
                json.writeStartObject();
                json.writeStringField("potId", f.potId());
                json.writeStringField("weight", Long.toString(f.weight()));
                json.writeEndObject();
            }
            json.writeEndArray();
            if (e.reservationId().isPresent()) {
                json.writeStringField("reservationId", e.reservationId().get());
            }
        } else if (entry instanceof LedgerEntry.AmendGrant e) {
            json.writeStringField("initiativeId", e.initiativeId());
            json.writeStringField("newAmount", euros(e.newAmount()));
        } else if (entry instanceof LedgerEntry.WithdrawGrant e) {
            json.writeStringField("initiativeId", e.initiativeId());
        } else if (entry instanceof LedgerEntry.Advance e) {
            json.writeStringField("initiativeId", e.initiativeId());
            json.writeStringField("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Determine e) {
            json.writeStringField("initiativeId", e.initiativeId());
            json.writeStringField("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Reclaim e) {
            json.writeStringField("initiativeId", e.initiativeId());
            json.writeStringField("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.Transfer e) {
            json.writeStringField("fromPotId", e.fromPotId());
            json.writeStringField("toPotId", e.toPotId());
            json.writeStringField("amount", euros(e.amount()));
        } else if (entry instanceof LedgerEntry.SetCeiling e) {
            json.writeStringField("potId", e.potId());
            json.writeStringField("ceiling", euros(e.ceiling()));
            json.writeStringField("publishedOn", e.publishedOn().toString());
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
