package nl.sociaaldomein.atelier.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/** Short factories for ledger entries in tests: the reason and recorder are fixed. */
final class Entries {

    static final String REASON = "test";
    static final String BY = "tester";

    private Entries() {
    }

    static LedgerEntry.Reserve reserve(String id, LocalDate date, String reservationId, String potId, Money amount, String purpose) {
        return new LedgerEntry.Reserve(id, date, REASON, BY, reservationId, potId, amount, purpose);
    }

    static LedgerEntry.ReleaseReservation release(String id, LocalDate date, String reservationId, Money amount) {
        return new LedgerEntry.ReleaseReservation(id, date, REASON, BY, reservationId, amount);
    }

    static LedgerEntry.Grant grant(String id, LocalDate date, String initiativeId, String title, Money amount, String potId) {
        return new LedgerEntry.Grant(id, date, REASON, BY, initiativeId, title, amount, List.of(Funding.of(potId)), Optional.empty());
    }

    static LedgerEntry.Grant grant(String id, LocalDate date, String initiativeId, String title, Money amount,
                                   List<Funding> funding, Optional<String> reservationId) {
        return new LedgerEntry.Grant(id, date, REASON, BY, initiativeId, title, amount, funding, reservationId);
    }

    static LedgerEntry.AmendGrant amend(String id, LocalDate date, String initiativeId, Money newAmount) {
        return new LedgerEntry.AmendGrant(id, date, REASON, BY, initiativeId, newAmount);
    }

    static LedgerEntry.WithdrawGrant withdraw(String id, LocalDate date, String initiativeId) {
        return new LedgerEntry.WithdrawGrant(id, date, REASON, BY, initiativeId);
    }

    static LedgerEntry.Advance advance(String id, LocalDate date, String initiativeId, Money amount) {
        return new LedgerEntry.Advance(id, date, REASON, BY, initiativeId, amount);
    }

    static LedgerEntry.Determine determine(String id, LocalDate date, String initiativeId, Money amount) {
        return new LedgerEntry.Determine(id, date, REASON, BY, initiativeId, amount);
    }

    static LedgerEntry.Reclaim reclaim(String id, LocalDate date, String initiativeId, Money amount) {
        return new LedgerEntry.Reclaim(id, date, REASON, BY, initiativeId, amount);
    }

    static LedgerEntry.SetCeiling ceiling(String id, LocalDate date, String potId, Money ceiling) {
        return new LedgerEntry.SetCeiling(id, date, REASON, BY, potId, ceiling, date);
    }

    static LedgerEntry.Transfer transfer(String id, LocalDate date, String from, String to, Money amount) {
        return new LedgerEntry.Transfer(id, date, REASON, BY, from, to, amount);
    }
}
