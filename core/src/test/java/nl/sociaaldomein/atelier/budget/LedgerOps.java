package nl.sociaaldomein.atelier.budget;

import static nl.sociaaldomein.atelier.testkit.Gen.weighted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    record Post(String kind, LedgerEntry entry) implements Op {
        @Override
        public String toString() {
            return "post " + entry;
        }
    }

    record AsOf(LocalDate date) implements Op {
        @Override
        public String toString() {
            return "view as of " + date;
        }
    }

    static final LocalDate START = LocalDate.of(2016, 1, 1);

    private LedgerOps() {
    }

    static Gen<Op> next(NaiveLedger model) {
        NaiveState s = model.state();
        int n = model.accepted.size();
        LocalDate latest = n == 0 ? START : model.accepted.get(n - 1).effectiveDate();
        Gen<LocalDate> dates = Gen.frequency(List.of(
            weighted(95, Gen.longs(0, 2).map(latest::plusDays)),
            weighted(4, Gen.longs(1, 30).map(latest::minusDays)),
            weighted(1, Gen.constant(LocalDate.of(2017, 1, 15)))));
        String fresh = "e" + n;
        Gen<String> pots = Gen.oneOf(TestTree.POT_IDS.toArray(new String[0]));
        Gen<String> grants = mostlyKnown(new ArrayList<>(s.grants.keySet()), "no-such-grant");
        Gen<String> reservations = mostlyKnown(new ArrayList<>(s.reservations.keySet()), "no-such-reservation");
        Gen<String> newReservations = Gen.frequency(List.of(weighted(9, Gen.constant("r" + n)), weighted(1, reservations)));
        Gen<Op> reserve = source -> {
            LocalDate date = dates.generate(source);
            String pot = pots.generate(source);
            String reservation = newReservations.generate(source);
            long amount = amount(room(s, pot)).generate(source);
            return post("reserve", Entries.reserve(fresh, date, reservation, pot, Money.ofCents(amount), "purpose " + n));
        };
        Gen<Op> release = source -> {
            LocalDate date = dates.generate(source);
            String reservation = reservations.generate(source);
            long amount = amount(outstanding(s, reservation)).generate(source);
            return post("release", Entries.release(fresh, date, reservation, Money.ofCents(amount)));
        };
        Gen<Op> transfer = source -> {
            LocalDate date = dates.generate(source);
            String from = pots.generate(source);
            String to = pots.generate(source);
            long amount = amount(room(s, from)).generate(source);
            return post("transfer", Entries.transfer(fresh, date, from, to, Money.ofCents(amount)));
        };
        List<Gen.Weighted<Op>> options = new ArrayList<>(List.of(
            weighted(14, reserve),
            weighted(7, release),
            weighted(22, grant(s, n, dates, pots, reservations)),
            weighted(8, lifecycle(dates, grants, id -> amendRoom(s, id), (d, id, a) -> post("amend", Entries.amend(fresh, d, id, a)))),
            weighted(3, lifecycle(dates, grants, id -> 0L, (d, id, a) -> post("withdraw", Entries.withdraw(fresh, d, id)))),
            weighted(12, lifecycle(dates, grants, id -> advanceRoom(s, id), (d, id, a) -> post("advance", Entries.advance(fresh, d, id, a)))),
            weighted(8, lifecycle(dates, grants, id -> grantedOf(s, id), (d, id, a) -> post("determine", Entries.determine(fresh, d, id, a)))),
            weighted(6, lifecycle(dates, grants, id -> reclaimRoom(s, id), (d, id, a) -> post("reclaim", Entries.reclaim(fresh, d, id, a)))),
            weighted(10, transfer),
            weighted(3, Gen.longs(-1, n + 1).map(i -> new AsOf(latest.minusDays(n).plusDays(i))))));
        if (n > 0) {
            Gen<LedgerEntry> postedBefore = pick(model.accepted);
            options.add(weighted(8, postedBefore.map(e -> post("duplicate", e))));
            options.add(weighted(4, postedBefore.map(e -> post("conflict", Entries.reserve(e.id(), e.effectiveDate(), "conflict", "A",
                Money.ofCents(1), "conflicting retry")))));
        }
        return Gen.frequency(options);
    }

    private static Gen<Op> grant(NaiveState s, int n, Gen<LocalDate> dates, Gen<String> pots, Gen<String> reservations) {
        Gen<List<Funding>> funding = Gen.frequency(List.of(
            weighted(75, pots.map(pot -> List.of(Funding.of(pot)))),
            weighted(20, Gen.combine(Gen.combine(pots, pots, (a, b) -> new String[] {a, b}), Gen.longs(0, 3),
                (ab, w) -> List.of(new Funding(ab[0], w), new Funding(ab[1], 3 - w)))),
            weighted(5, Gen.constant(List.of(new Funding("no-such-pot", 1))))));
        Gen<Optional<String>> reservation = Gen.frequency(List.of(
            weighted(4, Gen.constant(Optional.<String>empty())), weighted(1, reservations.map(Optional::of))));
        Gen<String> initiatives = Gen.frequency(List.of(weighted(9, Gen.constant("i" + n)),
            weighted(1, pick(new ArrayList<>(s.grants.keySet().isEmpty() ? List.of("i" + n) : s.grants.keySet())))));
        return source -> {
            LocalDate date = dates.generate(source);
            List<Funding> f = funding.generate(source);
            Optional<String> r = reservation.generate(source);
            String initiative = initiatives.generate(source);
            long room = f.stream().mapToLong(x -> room(s, x.potId())).sum() + r.map(id -> outstanding(s, id)).orElse(0L);
            long amount = amount(room).generate(source);
            return post("grant", Entries.grant("e" + n, date, initiative, "Initiatief " + initiative, Money.ofCents(amount), f, r));
        };
    }

    /** An entry on an existing (or unknown) grant with an amount around the grant's limit for it. */
    private interface LifecycleEntry {
        Op make(LocalDate date, String initiativeId, Money amount);
    }

    private static Gen<Op> lifecycle(Gen<LocalDate> dates, Gen<String> grants, ToLongFunction<String> limit, LifecycleEntry make) {
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

    /** One of the known ids, or now and then (always, when none is known) an unknown one. */
    private static Gen<String> mostlyKnown(List<String> known, String unknown) {
        return known.isEmpty() ? Gen.constant(unknown)
            : Gen.frequency(List.of(weighted(15, pick(known)), weighted(1, Gen.constant(unknown))));
    }

    private static <T> Gen<T> pick(List<T> values) {
        return Gen.ints(0, values.size() - 1).map(values::get);
    }

    private static Post post(String kind, LedgerEntry entry) {
        return new Post(kind, entry);
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
