package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A file of ledger entries posted as one batch ({@code atelier ledger post FILE}), format
 * {@value #FORMAT} (docs/cli.md): an optional {@code batch} id, and {@code entries}, each with its
 * {@code type} and the fields of the ledger's journal payloads (docs/budgets.md). Every problem is
 * reported with its place, all at once; nothing is built from a file that has one.
 *
 * @param batchId  the batch's id, the key that makes posting the file again change nothing; empty to let the ledger derive it
 * @param entries  in file order
 * @param pointers the JSON pointer of each entry, by entry id (the first, when an id is there twice)
 */
record LedgerPostFile(Optional<String> batchId, List<LedgerEntry> entries, Map<String, String> pointers) {

    static final String FORMAT = "atelier-ledger-batch/1";
    /** Who the ledger says recorded an entry whose file does not say. */
    static final String RECORDED_BY = "atelier ledger post";

    private static final Map<String, String> TYPES = types();

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        for (String type : List.of("reserve", "release-reservation", "grant", "amend-grant", "withdraw-grant", "advance", "determine",
            "reclaim", "transfer", "ceiling")) {
            types.put(type, type);
        }
        return types;
    }

    static Result<LedgerPostFile> read(LocatedDocument document) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        Optional<String> format = root.requiredText("format");
        format.filter(f -> !f.equals(FORMAT)).ifPresent(f -> context.problem(root.pathOf("format"), "input.format-marker",
            "onbekend formaat '" + f + "'; 'atelier ledger post' leest " + FORMAT, "unknown format '" + f + "'; 'atelier ledger post' reads " + FORMAT));
        Optional<String> batch = root.text("batch");
        if (!root.has("entries")) {
            context.problem(root.pathOf("entries"), "input.missing-field", "verplicht veld 'entries' ontbreekt (minstens één boeking)",
                "required field 'entries' is missing (at least one entry)");
        }
        List<Read> entries = root.list("entries", (element, path) -> {
            ObjectFields fields = ObjectFields.of(context, element, path);
            return element != null && element.isObject() ? entry(fields).map(e -> new Read(e, path)) : Optional.empty();
        });
        root.done();
        if (root.has("entries") && document.root().path("entries").isEmpty() && !context.hasProblems()) {
            context.problem(root.pathOf("entries"), "input.missing-field", "een reeks boekingen heeft minstens één boeking nodig", "a batch needs at least one entry");
        }
        return context.result("", () -> {
            Map<String, String> pointers = new LinkedHashMap<>();
            entries.forEach(read -> pointers.putIfAbsent(read.entry().id(), read.pointer()));
            return new LedgerPostFile(batch, entries.stream().map(Read::entry).toList(), pointers);
        });
    }

    private record Read(LedgerEntry entry, String pointer) {
    }

    /** One entry: its type, the common fields, then the type's own; empty when any is wrong (each said). */
    private static Optional<LedgerEntry> entry(ObjectFields f) {
        Optional<String> type = f.requiredChoice("type", TYPES);
        Optional<String> id = f.requiredText("id");
        Optional<LocalDate> date = f.requiredDate("effectiveDate");
        Optional<String> reason = f.requiredText("reason");
        String by = f.text("recordedBy").orElse(RECORDED_BY);
        if (type.isEmpty()) {
            f.done();
            return Optional.empty();
        }
        Function<Common, LedgerEntry> make = switch (type.get()) {
            case "reserve" -> reserve(f);
            case "release-reservation" -> {
                Optional<String> reservation = f.requiredText("reservationId");
                Optional<Money> amount = f.requiredMoney("amount");
                yield all(reservation, amount) ? c -> new LedgerEntry.ReleaseReservation(c.id, c.date, c.reason, c.by, reservation.get(),
                    amount.get()) : null;
            }
            case "grant" -> grant(f);
            case "amend-grant" -> {
                Optional<String> initiative = f.requiredText("initiativeId");
                Optional<Money> amount = f.requiredMoney("newAmount");
                yield all(initiative, amount) ? c -> new LedgerEntry.AmendGrant(c.id, c.date, c.reason, c.by, initiative.get(),
                    amount.get()) : null;
            }
            case "withdraw-grant" -> {
                Optional<String> initiative = f.requiredText("initiativeId");
                yield all(initiative) ? c -> new LedgerEntry.WithdrawGrant(c.id, c.date, c.reason, c.by, initiative.get()) : null;
            }
            case "advance", "determine", "reclaim" -> {
                Optional<String> initiative = f.requiredText("initiativeId");
                Optional<Money> amount = f.requiredMoney("amount");
                String kind = type.get();
                yield all(initiative, amount) ? c -> switch (kind) {
                    case "advance" -> new LedgerEntry.Advance(c.id, c.date, c.reason, c.by, initiative.get(), amount.get());
                    case "determine" -> new LedgerEntry.Determine(c.id, c.date, c.reason, c.by, initiative.get(), amount.get());
                    default -> new LedgerEntry.Reclaim(c.id, c.date, c.reason, c.by, initiative.get(), amount.get());
                } : null;
            }
            case "transfer" -> {
                Optional<String> from = f.requiredText("fromPotId");
                Optional<String> to = f.requiredText("toPotId");
                Optional<Money> amount = f.requiredMoney("amount");
                yield all(from, to, amount) ? c -> new LedgerEntry.Transfer(c.id, c.date, c.reason, c.by, from.get(), to.get(),
                    amount.get()) : null;
            }
            default -> {
                Optional<String> pot = f.requiredText("potId");
                Optional<Money> ceiling = f.requiredMoney("ceiling");
                Optional<LocalDate> published = f.requiredDate("publishedOn");
                yield all(pot, ceiling, published) ? c -> new LedgerEntry.SetCeiling(c.id, c.date, c.reason, c.by, pot.get(),
                    ceiling.get(), published.get()) : null;
            }
        };
        f.done();
        if (make == null || !all(id, date, reason)) {
            return Optional.empty();
        }
        return Optional.of(make.apply(new Common(id.get(), date.get(), reason.get(), by)));
    }

    private record Common(String id, LocalDate date, String reason, String by) {
    }

    private static Function<Common, LedgerEntry> reserve(ObjectFields f) {
        Optional<String> reservation = f.requiredText("reservationId");
        Optional<String> pot = f.requiredText("potId");
        Optional<Money> amount = f.requiredMoney("amount");
        Optional<String> purpose = f.requiredText("purpose");
        return all(reservation, pot, amount, purpose) ? c -> new LedgerEntry.Reserve(c.id, c.date, c.reason, c.by, reservation.get(),
            pot.get(), amount.get(), purpose.get()) : null;
    }

    private static Function<Common, LedgerEntry> grant(ObjectFields f) {
        Optional<String> initiative = f.requiredText("initiativeId");
        Optional<String> title = f.requiredText("title");
        Optional<Money> amount = f.requiredMoney("amount");
        if (!f.has("funding")) {
            f.context().problem(f.pathOf("funding"), "input.missing-field", "verplicht veld 'funding' ontbreekt (de potten, bijv. [{potId: wmo-2016}])",
                "required field 'funding' is missing (the pots, e.g. [{potId: wmo-2016}])");
        }
        int before = f.context().problemCount();
        List<Funding> funding = f.objects("funding", part -> {
            Optional<String> pot = part.requiredText("potId");
            Optional<Long> weight = part.wholeNumber("weight");
            part.done();
            return pot.map(p -> new Funding(p, weight.orElse(1L)));
        });
        boolean fundingRead = f.context().problemCount() == before && !funding.isEmpty();
        Optional<String> reservation = f.text("reservationId");
        return all(initiative, title, amount) && fundingRead ? c -> new LedgerEntry.Grant(c.id, c.date, c.reason, c.by,
            initiative.get(), title.get(), amount.get(), funding, reservation) : null;
    }

    private static boolean all(Optional<?>... values) {
        for (Optional<?> value : values) {
            if (value.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
