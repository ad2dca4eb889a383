package nl.sociaaldomein.atelier.jackson.types;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.GrantStatus;
import nl.sociaaldomein.atelier.budget.GrantView;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.LedgerRecordTypes;
import nl.sociaaldomein.atelier.budget.Posted;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.budget.RecordedEntry;
import nl.sociaaldomein.atelier.budget.Rejection;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.budget.ReservationView;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The ledger: entries, what posting them answers, and views of the budget.
 *
 * <p>A {@link LedgerEntry} has one JSON shape, the journal's (docs/budgets.md, "Journal
 * records", written by {@link JsonLedgerCodec}), with its record type in front as the type id:
 * {@code {"type": "ledger.grant", "id": ..., "effectiveDate": ..., ..., "amount": "109000.00", ...}}.
 * So an entry's amounts are strings of euros there, as in the journal; every other type writes
 * amounts as {@link MoneyShape}.
 */
public final class LedgerShapes {

    private static final JsonLedgerCodec CODEC = new JsonLedgerCodec();

    /** An entry: the journal payload with {@code "type"} (the journal record type) first. */
    public static final Shape<LedgerEntry> ENTRY = new JournalPayloadShape<>(LedgerEntry.class, LedgerRecordTypes::of,
        LedgerRecordTypes::owns, CODEC::encode, CODEC::decode, (entry, audience) -> entry,
        "a ledger record type such as ledger.grant (docs/budgets.md)");

    /** A rejection kind as its code, {@code "exceeds-remaining"}. */
    public static final Shape<RejectionKind> REJECTION_KIND = Basic.code(RejectionKind.class);

    /** A grant's status as its code, {@code "determined"}. */
    public static final Shape<GrantStatus> GRANT_STATUS = Basic.code(GrantStatus.class);

    /**
     * {@code {"potId": "wmo-2016", "weight": "3"}}: as in a grant entry's journal payload, the
     * weight is a string of a whole number (it may exceed what a JSON number keeps exactly).
     */
    public static final ObjectShape<Funding> FUNDING = Shape.object(Funding.class, (f, out) -> {
        out.field("potId", f.potId());
        out.field("weight", Long.toString(f.weight()));
    }, in -> {
        String pot = in.string("potId");
        String weight = in.string("weight");
        if (weight != null && !weight.matches("-?\\d{1,19}")) {
            in.fieldProblem("weight", "must be a whole number in a string, such as \"3\", not '" + weight + "'");
        }
        return in.build(() -> new Funding(pot, weight(weight)));
    });

    /** {@code {"kind": "exceeds-remaining", "entryId": "g2", "message": {"nl": "...", "en": "..."}}}. */
    public static final ObjectShape<Rejection> REJECTION = Shape.object(Rejection.class, (r, out) -> {
        out.field("kind", r.kind(), REJECTION_KIND);
        out.field("entryId", r.entryId());
        out.field("message", r.text(), TextShape.TEXT);
    }, in -> {
        RejectionKind kind = in.get("kind", REJECTION_KIND);
        String entry = in.string("entryId");
        Text message = in.get("message", TextShape.TEXT);
        return in.build(() -> new Rejection(kind, entry, message));
    });

    /** {@code {"firstYear": 2016, "lastYear": 2016}}. */
    public static final ObjectShape<BudgetPeriod> PERIOD = Shape.object(BudgetPeriod.class, (p, out) -> {
        out.field("firstYear", p.firstYear());
        out.field("lastYear", p.lastYear());
    }, in -> {
        int first = in.smallNumber("firstYear");
        int last = in.smallNumber("lastYear");
        return in.build(() -> new BudgetPeriod(first, last));
    });

    /** A pot of the budget tree. */
    public static final ObjectShape<Pot> POT = Shape.object(Pot.class, (p, out) -> {
        out.field("id", p.id());
        out.field("name", p.name());
        out.field("ceiling", p.ceiling(), MoneyShape.MONEY);
        out.field("period", p.period(), PERIOD);
        out.optional("parentId", p.parentId());
        out.list("fundingSources", p.fundingSources(), Basic.STRING);
    }, in -> {
        String id = in.string("id");
        String name = in.string("name");
        Money ceiling = in.get("ceiling", MoneyShape.MONEY);
        BudgetPeriod period = in.get("period", PERIOD);
        Optional<String> parent = in.optionalString("parentId");
        List<String> sources = in.list("fundingSources", Basic.STRING);
        return in.build(() -> new Pot(id, name, ceiling, period, parent, sources));
    });

    /** {@code {"pots": [Pot]}}, parents before their children; read back with every problem the tree has. */
    public static final ObjectShape<BudgetTree> TREE = Shape.object(BudgetTree.class, (t, out) -> out.list("pots", t.pots(), POT), in -> {
        List<Pot> pots = in.list("pots", POT);
        if (in.hasProblems()) {
            return null;
        }
        return BudgetTree.of(pots).fold(problems -> {
            problems.forEach(problem -> in.fieldProblem("pots", problem.message().en()));
            return null;
        }, tree -> tree);
    });

    /** A pot's figures at one moment. */
    public static final ObjectShape<PotView> POT_VIEW = Shape.object(PotView.class, (p, out) -> {
        out.field("id", p.id());
        out.field("name", p.name());
        out.field("ceiling", p.ceiling(), MoneyShape.MONEY);
        out.field("allocatedToChildren", p.allocatedToChildren(), MoneyShape.MONEY);
        out.field("reserved", p.reserved(), MoneyShape.MONEY);
        out.field("granted", p.granted(), MoneyShape.MONEY);
        out.field("advanced", p.advanced(), MoneyShape.MONEY);
        out.field("determined", p.determined(), MoneyShape.MONEY);
        out.field("reclaimable", p.reclaimable(), MoneyShape.MONEY);
        out.field("reclaimed", p.reclaimed(), MoneyShape.MONEY);
        out.field("remaining", p.remaining(), MoneyShape.MONEY);
    }, in -> {
        String id = in.string("id");
        String name = in.string("name");
        Money ceiling = in.get("ceiling", MoneyShape.MONEY);
        Money children = in.get("allocatedToChildren", MoneyShape.MONEY);
        Money reserved = in.get("reserved", MoneyShape.MONEY);
        Money granted = in.get("granted", MoneyShape.MONEY);
        Money advanced = in.get("advanced", MoneyShape.MONEY);
        Money determined = in.get("determined", MoneyShape.MONEY);
        Money reclaimable = in.get("reclaimable", MoneyShape.MONEY);
        Money reclaimed = in.get("reclaimed", MoneyShape.MONEY);
        Money remaining = in.get("remaining", MoneyShape.MONEY);
        return in.build(() -> new PotView(id, name, ceiling, children, reserved, granted, advanced, determined, reclaimable,
            reclaimed, remaining));
    });

    /** A grant's figures at one moment. */
    public static final ObjectShape<GrantView> GRANT_VIEW = Shape.object(GrantView.class, (g, out) -> {
        out.field("initiativeId", g.initiativeId());
        out.field("title", g.title());
        out.field("grantedOn", g.grantedOn());
        out.field("status", g.status(), GRANT_STATUS);
        out.list("funding", g.funding(), FUNDING);
        out.field("granted", g.granted(), MoneyShape.MONEY);
        out.field("advanced", g.advanced(), MoneyShape.MONEY);
        out.optional("determined", g.determined(), MoneyShape.MONEY);
        out.field("reclaimable", g.reclaimable(), MoneyShape.MONEY);
        out.field("reclaimed", g.reclaimed(), MoneyShape.MONEY);
        out.map("partsByPot", g.partsByPot(), MoneyShape.MONEY);
    }, in -> {
        String id = in.string("initiativeId");
        String title = in.string("title");
        LocalDate on = in.get("grantedOn", Basic.DAY);
        GrantStatus status = in.get("status", GRANT_STATUS);
        List<Funding> funding = in.list("funding", FUNDING);
        Money granted = in.get("granted", MoneyShape.MONEY);
        Money advanced = in.get("advanced", MoneyShape.MONEY);
        Optional<Money> determined = in.optional("determined", MoneyShape.MONEY);
        Money reclaimable = in.get("reclaimable", MoneyShape.MONEY);
        Money reclaimed = in.get("reclaimed", MoneyShape.MONEY);
        Map<String, Money> parts = in.map("partsByPot", MoneyShape.MONEY);
        return in.build(() -> new GrantView(id, title, on, status, funding, granted, advanced, determined, reclaimable, reclaimed, parts));
    });

    /** A reservation at one moment. */
    public static final ObjectShape<ReservationView> RESERVATION_VIEW = Shape.object(ReservationView.class, (r, out) -> {
        out.field("reservationId", r.reservationId());
        out.field("potId", r.potId());
        out.field("purpose", r.purpose());
        out.field("outstanding", r.outstanding(), MoneyShape.MONEY);
    }, in -> {
        String id = in.string("reservationId");
        String pot = in.string("potId");
        String purpose = in.string("purpose");
        Money outstanding = in.get("outstanding", MoneyShape.MONEY);
        return in.build(() -> new ReservationView(id, pot, purpose, outstanding));
    });

    /**
     * The whole budget at one moment: {@code entryCount}, and pots, grants (by initiative id) and
     * reservations as objects keyed by id, in the order they were created.
     */
    public static final ObjectShape<BudgetView> BUDGET_VIEW = Shape.object(BudgetView.class, (v, out) -> {
        out.field("entryCount", v.entryCount());
        out.map("pots", v.pots(), POT_VIEW);
        out.map("grants", v.grants(), GRANT_VIEW);
        out.map("reservations", v.reservations(), RESERVATION_VIEW);
    }, in -> {
        long count = in.wholeNumber("entryCount");
        Map<String, PotView> pots = in.map("pots", POT_VIEW);
        Map<String, GrantView> grants = in.map("grants", GRANT_VIEW);
        Map<String, ReservationView> reservations = in.map("reservations", RESERVATION_VIEW);
        return in.build(() -> new BudgetView(count, pots, grants, reservations));
    });

    /** An accepted entry with its two times: {@code {"entry", "sequence", "recordedAt", "batchId"}}. */
    public static final ObjectShape<RecordedEntry> RECORDED_ENTRY = Shape.object(RecordedEntry.class, (r, out) -> {
        out.field("entry", r.entry(), ENTRY);
        out.field("sequence", r.sequence());
        out.field("recordedAt", r.recordedAt(), Basic.MOMENT);
        out.field("batchId", r.batchId());
    }, in -> {
        LedgerEntry entry = in.get("entry", ENTRY);
        long sequence = in.wholeNumber("sequence");
        Instant at = in.get("recordedAt", Basic.MOMENT);
        String batch = in.string("batchId");
        return in.build(() -> new RecordedEntry(entry, sequence, at, batch));
    });

    /** A journal record, with the fields of the journal export (docs/storage.md) except the stream. */
    public static final ObjectShape<JournalRecord> JOURNAL_RECORD = Shape.object(JournalRecord.class, (r, out) -> {
        out.field("position", r.position());
        out.field("batchId", r.batchId());
        out.field("type", r.type());
        out.field("recordedAt", r.recordedAt(), Basic.MOMENT);
        out.field("previousHash", r.previousHash());
        out.field("hash", r.hash());
        out.field("payload", r.payload());
    }, in -> {
        long position = in.wholeNumber("position");
        String batch = in.string("batchId");
        String type = in.string("type");
        Instant at = in.get("recordedAt", Basic.MOMENT);
        String previous = in.string("previousHash");
        String hash = in.string("hash");
        String payload = in.string("payload");
        return in.build(() -> new JournalRecord(position, batch, type, payload, at, previous, hash));
    });

    /** One posted entry and what it changed. */
    public static final ObjectShape<Posted> POSTED = Shape.object(Posted.class, (p, out) -> {
        out.field("entry", p.entry(), ENTRY);
        out.field("sequence", p.sequence());
        out.field("duplicate", p.duplicate());
        out.list("pots", p.pots(), POT_VIEW);
        out.optional("grant", p.grant(), GRANT_VIEW);
        out.field("recordedAt", p.recordedAt(), Basic.MOMENT);
    }, in -> {
        LedgerEntry entry = in.get("entry", ENTRY);
        long sequence = in.wholeNumber("sequence");
        boolean duplicate = in.bool("duplicate");
        List<PotView> pots = in.list("pots", POT_VIEW);
        Optional<GrantView> grant = in.optional("grant", GRANT_VIEW);
        Instant at = in.get("recordedAt", Basic.MOMENT);
        return in.build(() -> new Posted(entry, sequence, duplicate, pots, grant, at));
    });

    /** An accepted batch: its id, moment, whether it was a retry, the postings and the journal records. */
    public static final ObjectShape<PostedBatch> POSTED_BATCH = Shape.object(PostedBatch.class, (b, out) -> {
        out.field("batchId", b.batchId());
        out.field("recordedAt", b.recordedAt(), Basic.MOMENT);
        out.field("duplicate", b.duplicate());
        out.list("postings", b.postings(), POSTED);
        out.list("journalRecords", b.journalRecords(), JOURNAL_RECORD);
    }, in -> {
        String id = in.string("batchId");
        Instant at = in.get("recordedAt", Basic.MOMENT);
        boolean duplicate = in.bool("duplicate");
        List<Posted> postings = in.list("postings", POSTED);
        List<JournalRecord> records = in.list("journalRecords", JOURNAL_RECORD);
        return in.build(() -> new PostedBatch(id, at, duplicate, postings, records));
    });

    private LedgerShapes() {
    }

    private static long weight(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("$.weight " + digits + " is out of range (at most " + Long.MAX_VALUE + ")");
        }
    }
}
