package nl.sociaaldomein.atelier.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;

/**
 * The first record of a ledger the app keeps in a store (type {@value #TYPE}): the budget tree
 * the ledger runs over, whose municipality it is, and where the budget's figures come from. The
 * ledger's own records follow it in the same journal (the ledger reads past this one), so a kept
 * ledger opens from the store alone, and the record is covered by the journal's hash chain like
 * every entry. JSON, fields in a fixed order, amounts as strings of euros with two decimals, as
 * the ledger's own payloads (docs/storage.md, "The app's store").
 *
 * @param source     the document the budget comes from, as the round file cites it
 * @param provenance the round file's statements about the budget ({@code budget}, {@code budget/<pot>/ceiling}, …)
 */
record LedgerBudgetRecord(Municipality municipality, BudgetTree tree, Optional<String> source, ProvenanceMap provenance) {

    static final String TYPE = "budget.tree";
    /** The batch id of the record: one per ledger, so that two processes creating one store it once. */
    static final String BATCH_ID = "budget";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The budget statements of a file's provenance: what a report of the kept ledger cites for the pots. */
    static ProvenanceMap budgetPart(ProvenanceMap provenance) {
        Map<String, Provenance> budget = new LinkedHashMap<>();
        provenance.asMap().forEach((path, statement) -> {
            if (path.equals("budget") || path.startsWith("budget/")) {
                budget.put(path, statement);
            }
        });
        return ProvenanceMap.of(budget);
    }

    /** Whether a round's budget is this one: the same municipality and the same pots, in the same order. */
    List<String> differences(LedgerBudgetRecord other) {
        List<String> differences = new ArrayList<>();
        if (!municipality.cbsCode().equals(other.municipality.cbsCode())) {
            differences.add("it is " + municipality.name() + "'s (" + municipality.cbsCode().value() + "), this is "
                + other.municipality.name() + "'s (" + other.municipality.cbsCode().value() + ")");
        }
        Map<String, Pot> kept = new LinkedHashMap<>();
        tree.pots().forEach(pot -> kept.put(pot.id(), pot));
        for (Pot pot : other.tree.pots()) {
            Pot mine = kept.remove(pot.id());
            if (mine == null) {
                differences.add("it has no pot '" + pot.id() + "'");
            } else if (!mine.equals(pot)) {
                differences.add("its pot '" + pot.id() + "' is " + describe(mine) + ", here it is " + describe(pot));
            }
        }
        kept.keySet().forEach(id -> differences.add("it has a pot '" + id + "' that this budget lacks"));
        return differences;
    }

    private static String describe(Pot pot) {
        return "'" + pot.name() + "', ceiling " + pot.ceiling() + ", period " + pot.period()
            + pot.parentId().map(p -> ", in '" + p + "'").orElse("");
    }

    String toJson() {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeObjectFieldStart("municipality");
            json.writeStringField("name", municipality.name());
            json.writeStringField("cbsCode", municipality.cbsCode().value());
            json.writeEndObject();
            if (source.isPresent()) {
                json.writeStringField("source", source.get());
            }
            json.writeArrayFieldStart("pots");
            for (Pot pot : tree.pots()) {
                json.writeStartObject();
                json.writeStringField("id", pot.id());
                json.writeStringField("name", pot.name());
                json.writeStringField("ceiling", BigDecimal.valueOf(pot.ceiling().cents(), 2).toPlainString());
                json.writeNumberField("firstYear", pot.period().firstYear());
                json.writeNumberField("lastYear", pot.period().lastYear());
                if (pot.parentId().isPresent()) {
                    json.writeStringField("parent", pot.parentId().get());
                }
                json.writeArrayFieldStart("fundingSources");
                for (String fundingSource : pot.fundingSources()) {
                    json.writeString(fundingSource);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("provenance");
            for (Map.Entry<String, Provenance> statement : provenance.asMap().entrySet()) {
                json.writeObjectFieldStart(statement.getKey());
                Provenance p = statement.getValue();
                json.writeStringField("kind", p.kind().english());
                if (p instanceof Provenance.Source s) {
                    json.writeStringField("file", s.file());
                    json.writeStringField("quote", s.quote());
                } else {
                    json.writeStringField(p instanceof Provenance.Computed ? "how" : "reason", p.detail());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /**
     * The record's content.
     *
     * @throws IllegalArgumentException naming the field that does not read (the record was written by another program)
     */
    static LedgerBudgetRecord fromJson(String payload) {
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        Municipality municipality = Municipality.of(text(root.path("municipality"), "municipality.name", "name"),
            text(root.path("municipality"), "municipality.cbsCode", "cbsCode"));
        Optional<String> source = root.hasNonNull("source") ? Optional.of(text(root, "source", "source")) : Optional.empty();
        List<Pot> pots = new ArrayList<>();
        JsonNode list = root.path("pots");
        for (int i = 0; i < list.size(); i++) {
            JsonNode pot = list.get(i);
            String at = "pots[" + i + "].";
            List<String> fundingSources = new ArrayList<>();
            pot.path("fundingSources").forEach(s -> fundingSources.add(s.asText()));
            pots.add(new Pot(text(pot, at + "id", "id"), text(pot, at + "name", "name"),
                Money.ofCents(new BigDecimal(text(pot, at + "ceiling", "ceiling")).movePointRight(2).longValueExact()),
                new BudgetPeriod(pot.path("firstYear").asInt(), pot.path("lastYear").asInt()),
                pot.hasNonNull("parent") ? Optional.of(text(pot, at + "parent", "parent")) : Optional.empty(), fundingSources));
        }
        BudgetTree tree = BudgetTree.of(pots).fold(problems -> {
            throw new IllegalArgumentException(problems.stream().map(p -> p.describe(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        }, t -> t);
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        root.path("provenance").fields().forEachRemaining(statement -> {
            JsonNode p = statement.getValue();
            String at = "provenance." + statement.getKey() + ".";
            switch (p.path("kind").asText()) {
                case "source" -> provenance.put(statement.getKey(), Provenance.source(text(p, at + "file", "file"), text(p, at + "quote", "quote")));
                case "computed" -> provenance.put(statement.getKey(), Provenance.computed(text(p, at + "how", "how")));
                case "assumption" -> provenance.put(statement.getKey(), Provenance.assumption(text(p, at + "reason", "reason")));
                default -> throw new IllegalArgumentException(at + "kind must be source, computed or assumption");
            }
        });
        return new LedgerBudgetRecord(municipality, tree, source, ProvenanceMap.of(provenance));
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(path + " must be a string");
        }
        return value.textValue();
    }
}
