package nl.sociaaldomein.atelier.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Translates a decided round into ledger entries. Ids are derived from the call and the
 * initiative (or reservation), never from a clock or a counter, so running the same round again
 * posts the same entries, which the ledger accepts as duplicates: a re-run is idempotent.
 */
public final class RoundPostings {

    private RoundPostings() {
    }

    /**
     * The prefix of every entry id this round posts: {@code round/<call id>/}.
     *
     * @param callId the call
     * @return the prefix
     */
    public static String idPrefix(String callId) {
        return "round/" + callId + "/";
    }

    /**
     * The id of the grant entry of an initiative: {@code round/<call id>/grant/<initiative id>}.
     *
     * @param callId       the call
     * @param initiativeId the initiative
     * @return the entry id
     */
    public static String grantId(String callId, String initiativeId) {
        return idPrefix(callId) + "grant/" + initiativeId;
    }

    /**
     * The ledger's reservation id of a deferral's reservation, {@code <call id>/deferral/<initiative id>};
     * a later grant of that initiative converts it by this id.
     *
     * @param callId       the call
     * @param initiativeId the deferred initiative
     * @return the reservation id
     */
    public static String deferralReservationId(String callId, String initiativeId) {
        return callId + "/deferral/" + initiativeId;
    }

    /**
     * The ledger's reservation id of a round-level reservation, {@code <call id>/reservation/<id>}: a
     * namespace of its own, so a reservation named like an initiative never meets a deferral's.
     *
     * @param callId        the call
     * @param reservationId the round's own id of the reservation
     * @return the ledger's reservation id
     */
    public static String reservationId(String callId, String reservationId) {
        return callId + "/reservation/" + reservationId;
    }

    /**
     * The entries for the round's decisions in force and the extra reservations, all effective on
     * {@code date}: grants in the round's order, then deferrals' reservations, then the others.
     * For a ledger that holds no reservation of this round yet.
     *
     * @param round        the decided round
     * @param reservations the round-level reservations
     * @param date         the effective day of every entry
     * @param reason       the entries' reason
     * @param recordedBy   who records them
     * @return the entries, in posting order
     */
    public static List<LedgerEntry> entries(Round round, List<PlannedReservation> reservations, LocalDate date,
                                            String reason, String recordedBy) {
        return entries(round, reservations, date, reason, recordedBy, Map.of());
    }

    /**
     * As {@link #entries(Round, List, LocalDate, String, String)}, for a ledger that already holds
     * reservations ({@code outstandingInLedger}: reservation id to what is still reserved). A grant
     * to an initiative that was deferred with a reservation earlier converts that reservation, so
     * the money is not counted twice, and what the grant leaves of it is released: the purpose it
     * was kept for has been decided.
     *
     * @param round               the decided round
     * @param reservations        the round-level reservations
     * @param date                the effective day of every entry
     * @param reason              the entries' reason
     * @param recordedBy          who records them
     * @param outstandingInLedger what is still reserved, by reservation id
     * @return the entries, in posting order
     */
    public static List<LedgerEntry> entries(Round round, List<PlannedReservation> reservations, LocalDate date,
                                            String reason, String recordedBy, Map<String, Money> outstandingInLedger) {
        String callId = round.call().id();
        List<LedgerEntry> grants = new ArrayList<>();
        List<LedgerEntry> reserves = new ArrayList<>();
        for (Initiative initiative : round.initiatives()) {
            Optional<Decision> decision = round.decision(initiative.id());
            if (decision.isEmpty()) {
                continue;
            }
            if (decision.get() instanceof Decision.Granted granted) {
                String deferral = deferralReservationId(callId, initiative.id());
                Optional<Money> kept = Optional.ofNullable(outstandingInLedger.get(deferral));
                grants.add(new LedgerEntry.Grant(grantId(callId, initiative.id()), date, reason, recordedBy, initiative.id(),
                    initiative.title(), granted.amount(), funding(granted.amounts()), kept.map(k -> deferral)));
                kept.map(k -> k.minus(granted.amount())).filter(Money::isPositive).ifPresent(rest ->
                    grants.add(new LedgerEntry.ReleaseReservation(idPrefix(callId) + "release/" + initiative.id(), date, reason,
                        recordedBy, deferral, rest)));
            }
            for (Map.Entry<String, Money> reserved : new TreeMap<>(decision.get().budgetEffect().reserved()).entrySet()) {
                reserves.add(new LedgerEntry.Reserve(idPrefix(callId) + "deferral/" + initiative.id(), date, reason, recordedBy,
                    deferralReservationId(callId, initiative.id()), reserved.getKey(), reserved.getValue(),
                    "aangehouden: " + initiative.title()));
            }
        }
        for (PlannedReservation r : reservations) {
            reserves.add(new LedgerEntry.Reserve(idPrefix(callId) + "reservation/" + r.id(), date, reason, recordedBy,
                reservationId(callId, r.id()), r.potId(), r.amount(), r.purpose()));
        }
        List<LedgerEntry> all = new ArrayList<>(grants);
        all.addAll(reserves);
        return List.copyOf(all);
    }

    /** Weights in cents: the ledger's largest-remainder split then gives each pot exactly its amount. */
    private static List<Funding> funding(Map<String, Money> amounts) {
        List<Funding> out = new ArrayList<>();
        new TreeMap<>(amounts).forEach((pot, amount) -> out.add(new Funding(pot, amount.cents())));
        return out;
    }
}
