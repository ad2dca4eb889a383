package nl.sociaaldomein.atelier.budget;

import static nl.sociaaldomein.atelier.testkit.Gen.weighted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Optional;
import java.util.function.ToLongFunction;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;

/**
 * Operations for the stateful ledger tests, generated from the reference model's state so that
 * they reach the interesting paths: amounts exactly at, just over and under what is left; retries
 * and conflicting retries of posted ids; backdated entries; transfers; multi-pot and converting
 * grants; and as-of queries.
 */
final class LedgerOps {

    /** One step of a sequence. */
    sealed interface Op {
    }

    /** Posts the entries as one batch (most often one entry). */
    record Post(String kind, List<LedgerEntry> entries) implements Op {
        LedgerEntry entry() {
            return entries.get(0);
        }

        @Override
        public String toString() {
            return "post " + (entries.size() == 1 ? entries.get(0) : "batch " + entries);
        }
    }

    /** A view as of a date, as known now ({@code knownAt} null) or at a moment. */
    record AsOf(LocalDate date, Instant knownAt) implements Op {
        @Override
        public String toString() {
            return "view as of " + date + (knownAt == null ? "" : " known at " + knownAt);
        }
    }

    static final LocalDate START = LocalDate.of(2016, 1, 1);

    private LedgerOps() {
    }

    static Gen<Op> next(NaiveLedger model) {
        return next(model, 10);
    }

    /** The next step; {@code lateWeight} sets how often an entry is dated before the latest (80 weigh the dates in order). */
    static Gen<Op> next(NaiveLedger model, int lateWeight) {
        int n = model.accepted.size();
        LocalDate latest = n == 0 ? START : model.latest();
        Gen<Post> single = entry(model, "e" + n, latest, lateWeight);
        Gen<Op> batch = source -> {
            int size = (int) Gen.longs(2, 3).generate(source).longValue();
            List<LedgerEntry> entries = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                entries.addAll(entry(model, "e" + n + "." + k, latest, lateWeight).generate(source).entries());
            }
            return new Post("batch", entries);
        };
        List<Instant> moments = model.recordedAt;
        Gen<Instant> knownAt = moments.isEmpty() ? Gen.constant(null) : Gen.frequency(List.of(
            weighted(2, Gen.constant(null)),
            weighted(3, pick(moments)),
            weighted(1, pick(moments).map(m -> m.minusNanos(1_000)))));
        List<Gen.Weighted<Op>> options = new ArrayList<>(List.of(
            weighted(85, single.map(p -> p)),
            weighted(12, batch),
            weighted(3, Gen.combine(Gen.longs(-1, n + 1).map(i -> latest.minusDays(n).plusDays(i)), knownAt, AsOf::new))));
        if (n > 0) {
            Gen<LedgerEntry> postedBefore = pick(model.accepted);
            options.add(weighted(8, postedBefore.map(e -> post("duplicate", e))));
            options.add(weighted(4, postedBefore.map(e -> post("conflict", Entries.reserve(e.id(), e.effectiveDate(), "conflict", "A",
                Money.ofCents(1), "conflicting retry")))));
        }
        return Gen.frequency(options);
    }

    /** One new entry with the given id: of any kind, in date order or late, with amounts around what is left. */
    static Gen<Post> entry(NaiveLedger model, String fresh, LocalDate latest, int lateWeight) {
        NaiveState s = model.state();
        int n = model.accepted.size();
        Gen<LocalDate> dates = Gen.frequency(List.of(
            weighted(80, Gen.longs(0, 2).map(latest::plusDays)),
            weighted(lateWeight, Gen.longs(1, 3).map(latest::minusDays)),
            weighted(lateWeight / 2, Gen.longs(1, 30).map(latest::minusDays)),
            weighted(1, Gen.constant(LocalDate.of(2017, 1, 15)))));
        Gen<String> pots = Gen.oneOf(TestTree.POT_IDS.toArray(new String[0]));
        Gen<String> grants = mostlyKnown(new ArrayList<>(s.grants.keySet()), "no-such-grant");
        Gen<String> reservations = mostlyKnown(new ArrayList<>(s.reservations.keySet()), "no-such-reservation");
        Gen<String> newReservations = Gen.frequency(List.of(weighted(9, Gen.constant("r" + fresh)), weighted(1, reservations)));
        Gen<Post> reserve = source -> {
            LocalDate date = dates.generate(source);
            String pot = pots.generate(source);
            String reservation = newReservations.generate(source);
            long amount = (date.isBefore(latest) ? lateAmount(model, date, pot, room(s, pot)) : amount(room(s, pot))).generate(source);
            return post("reserve", Entries.reserve(fresh, date, reservation, pot, Money.ofCents(amount), "purpose " + n));
        };
        Gen<Post> release = source -> {
            LocalDate date = dates.generate(source);
            String reservation = reservations.generate(source);
            long amount = amount(outstanding(s, reservation)).generate(source);
            return post("release", Entries.release(fresh, date, reservation, Money.ofCents(amount)));
        };
        Gen<Post> transfer = source -> {
            LocalDate date = dates.generate(source);
            String from = pots.generate(source);
            String to = pots.generate(source);
            long amount = amount(room(s, from)).generate(source);
            return post("transfer", Entries.transfer(fresh, date, from, to, Money.ofCents(amount)));
        };
        Gen<Post> ceiling = source -> {
            LocalDate date = dates.generate(source);
            String pot = pots.generate(source);
            long now = s.ceilings.get(pot);
            // Lower by about what is left (refused just past it), or raise by about what the parent has left.
            String parent = TestTree.tree().pot(pot).orElseThrow().parentId().orElse(null);
            long lower = Math.max(0, now - amount(room(s, pot)).generate(source));
            long raise = now + amount(parent == null ? 5_000 : room(s, parent)).generate(source);
            long target = Gen.frequency(List.of(weighted(5, Gen.constant(lower)), weighted(4, Gen.constant(raise)),
                weighted(1, Gen.constant(-1L)))).generate(source);
            return post("ceiling", Entries.ceiling(fresh, date, pot, Money.ofCents(target)));
        };
        return Gen.frequency(List.of(
            weighted(14, reserve),
            weighted(7, release),
            weighted(22, grant(model, s, fresh, latest, dates, pots, reservations)),
            weighted(8, lifecycle(dates, grants, id -> amendRoom(s, id), (d, id, a) -> post("amend", Entries.amend(fresh, d, id, a)))),
            weighted(3, lifecycle(dates, grants, id -> 0L, (d, id, a) -> post("withdraw", Entries.withdraw(fresh, d, id)))),
            weighted(12, lifecycle(dates, grants, id -> advanceRoom(s, id), (d, id, a) -> post("advance", Entries.advance(fresh, d, id, a)))),
            weighted(8, lifecycle(dates, grants, id -> grantedOf(s, id), (d, id, a) -> post("determine", Entries.determine(fresh, d, id, a)))),
            weighted(6, lifecycle(dates, grants, id -> reclaimRoom(s, id), (d, id, a) -> post("reclaim", Entries.reclaim(fresh, d, id, a)))),
            weighted(10, transfer),
            weighted(5, ceiling)));
    }

    private static Gen<Post> grant(NaiveLedger model, NaiveState s, String fresh, LocalDate latest, Gen<LocalDate> dates, Gen<String> pots,
                                   Gen<String> reservations) {
        Gen<List<Funding>> funding = Gen.frequency(List.of(
            weighted(75, pots.map(pot -> List.of(Funding.of(pot)))),
            weighted(20, Gen.combine(Gen.combine(pots, pots, (a, b) -> new String[] {a, b}), Gen.longs(0, 3),
                (ab, w) -> List.of(new Funding(ab[0], w), new Funding(ab[1], 3 - w)))),
            weighted(5, Gen.constant(List.of(new Funding("no-such-pot", 1))))));
        Gen<Optional<String>> reservation = Gen.frequency(List.of(
            weighted(4, Gen.constant(Optional.<String>empty())), weighted(1, reservations.map(Optional::of))));
        Gen<String> initiatives = Gen.frequency(List.of(weighted(9, Gen.constant("i" + fresh)),
            weighted(1, pick(new ArrayList<>(s.grants.keySet().isEmpty() ? List.of("i" + fresh) : s.grants.keySet())))));
        return source -> {
            LocalDate date = dates.generate(source);
            List<Funding> f = funding.generate(source);
            Optional<String> r = reservation.generate(source);
            String initiative = initiatives.generate(source);
            long room = f.stream().mapToLong(x -> room(s, x.potId())).sum() + r.map(id -> outstanding(s, id)).orElse(0L);
            boolean lateSinglePot = date.isBefore(latest) && f.size() == 1 && r.isEmpty();
            long amount = (lateSinglePot ? lateAmount(model, date, f.get(0).potId(), room) : amount(room)).generate(source);
            return post("grant", Entries.grant(fresh, date, initiative, "Initiatief " + initiative, Money.ofCents(amount), f, r));
        };
    }

    /** An entry on an existing (or unknown) grant with an amount around the grant's limit for it. */
    private interface LifecycleEntry {
        Post make(LocalDate date, String initiativeId, Money amount);
    }

    private static Gen<Post> lifecycle(Gen<LocalDate> dates, Gen<String> grants, ToLongFunction<String> limit, LifecycleEntry make) {
        return source -> {
            LocalDate date = dates.generate(source);
            String id = grants.generate(source);
            return make.make(date, id, Money.ofCents(amount(limit.applyAsLong(id)).generate(source)));
        };
    }

    /** Amounts around a limit: exactly at it, below it, just over it, or not positive. */
    static Gen<Long> amount(long limit) {
        return Gen.frequency(List.of(
            weighted(4, Gen.longs(1, Math.max(1, limit))),
            weighted(3, Gen.constant(limit)),
            weighted(2, Gen.longs(limit + 1, limit + 2_000)),
            weighted(1, Gen.longs(-100, 0))));
    }

    /**
     * For a late entry that takes money from a pot: often exactly the lowest remaining of the pot
     * on any day from its date on as the model sees it (the edge a later day's view sets), or a
     * cent over it; otherwise around what is left now.
     */
    static Gen<Long> lateAmount(NaiveLedger model, LocalDate date, String potId, long roomNow) {
        if (!model.state().ceilings.containsKey(potId)) {
            return amount(roomNow);
        }
        long edge = Long.MAX_VALUE;
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(date);
        model.accepted.forEach(e -> {
            if (!e.effectiveDate().isBefore(date)) {
                days.add(e.effectiveDate());
            }
        });
        for (LocalDate day : days) {
            edge = Math.min(edge, model.viewAsOf(day).pots().get(potId).remaining().cents());
        }
        return Gen.frequency(List.of(
            weighted(3, Gen.constant(edge)),
            weighted(1, Gen.constant(edge + 1)),
            weighted(4, amount(roomNow))));
    }

    /** One of the known ids, or now and then (always, when none is known) an unknown one. */
    private static Gen<String> mostlyKnown(List<String> known, String unknown) {
        return known.isEmpty() ? Gen.constant(unknown)
            : Gen.frequency(List.of(weighted(15, pick(known)), weighted(1, Gen.constant(unknown))));
    }

    private static <T> Gen<T> pick(List<T> values) {
        return Gen.ints(0, values.size() - 1).map(values::get);
    }

    private static Post post(String kind, LedgerEntry entry) {
        return new Post(kind, List.of(entry));
    }

    private static long room(NaiveState s, String potId) {
        return s.ceilings.containsKey(potId) ? s.remaining(potId) : 1_000;
    }

    private static long outstanding(NaiveState s, String reservationId) {
        NaiveState.Reservation r = s.reservations.get(reservationId);
        return r == null ? 1_000 : r.outstanding;
    }

    private static long grantedOf(NaiveState s, String id) {
        NaiveState.Grant g = s.grants.get(id);
        return g == null ? 1_000 : g.granted;
    }

    private static long amendRoom(NaiveState s, String id) {
        NaiveState.Grant g = s.grants.get(id);
        return g == null ? 1_000 : g.granted + room(s, g.funding.get(0).potId());
    }

    private static long advanceRoom(NaiveState s, String id) {
        NaiveState.Grant g = s.grants.get(id);
        return g == null ? 1_000 : g.granted - g.advanced;
    }

    private static long reclaimRoom(NaiveState s, String id) {
        NaiveState.Grant g = s.grants.get(id);
        return g == null ? 1_000 : g.reclaimable() - g.reclaimed;
    }
}
