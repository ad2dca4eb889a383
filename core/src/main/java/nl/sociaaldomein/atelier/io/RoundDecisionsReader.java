package nl.sociaaldomein.atelier.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.CommitteeDecisions;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.io.support.DidYouMean;

/**
 * Makes a round file's {@code decisions} from their bound entry: the date, who decided, one
 * outcome per initiative and the extra reservations. Names initiatives and pots the file does not
 * hold, an initiative decided twice, a pot named twice in one grant and a reservation id used
 * twice, at the place they occur; the schema has already matched each outcome's fields to its
 * decision.
 */
final class RoundDecisionsReader {

    /** What the rest of the file declares, to check references against; empty when it could not be read. */
    record Known(Optional<Set<String>> initiativeIds, Optional<Set<String>> potIds, Optional<String> callPot) {
    }

    private final ReadContext context;
    private final Known known;
    private final Map<String, String> firstPathByInitiative = new HashMap<>();
    /** The round and its reports add up grants and reservations, per pot and overall: that sum must be an amount. */
    private final AmountTotal decided = new AmountTotal("de eerder toegekende en gereserveerde bedragen", "the amounts granted and reserved before it");

    private RoundDecisionsReader(ReadContext context, Known known) {
        this.context = context;
        this.known = known;
    }

    static Optional<CommitteeDecisions> read(ReadContext context, FileEntries.DecisionsEntry entry, Known known) {
        return new RoundDecisionsReader(context, known).committee(entry);
    }

    private Optional<CommitteeDecisions> committee(FileEntries.DecisionsEntry entry) {
        int before = context.problemCount();
        Optional<LocalDate> date = Binding.date(context, "/decisions/date", entry.date());
        String dutch = entry.decidedBy().nl().strip();
        Text decidedBy = Text.of(dutch, Binding.text(entry.decidedBy().en()).orElse(dutch));
        List<PlannedDecision> outcomes = new ArrayList<>();
        List<FileEntries.OutcomeEntry> outcomeEntries = Binding.listOf(entry.outcomes());
        for (int i = 0; i < outcomeEntries.size(); i++) {
            if (outcomeEntries.get(i) != null) {
                outcome("/decisions/outcomes/" + i, outcomeEntries.get(i)).ifPresent(outcomes::add);
            }
        }
        List<PlannedReservation> reservations = new ArrayList<>();
        List<FileEntries.ReservationEntry> reservationEntries = Binding.listOf(entry.reservations());
        for (int i = 0; i < reservationEntries.size(); i++) {
            if (reservationEntries.get(i) != null) {
                reservation("/decisions/reservations/" + i, reservationEntries.get(i)).ifPresent(reservations::add);
            }
        }
        checkUniqueReservations(reservations);
        if (context.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new CommitteeDecisions(date.orElseThrow(), decidedBy, outcomes, reservations));
    }

    private Optional<PlannedDecision> outcome(String pointer, FileEntries.OutcomeEntry entry) {
        int before = context.problemCount();
        String initiative = entry.initiative().strip();
        checkInitiative(pointer + "/initiative", initiative);
        Optional<PlannedDecision> decision = decision(pointer, entry, initiative);
        return context.problemCount() > before ? Optional.empty() : decision;
    }

    private Optional<PlannedDecision> decision(String pointer, FileEntries.OutcomeEntry entry, String initiative) {
        switch (entry.decision()) {
            case "granted":
                return granted(pointer, entry, initiative);
            case "referred":
                return Optional.of(new PlannedDecision.Referred(initiative, entry.partner().strip()));
            case "in-kind":
                return Optional.of(new PlannedDecision.InKind(initiative, entry.support().strip()));
            case "deferred":
                Optional<Money> reservation = Binding.amount(context, pointer + "/reservation", entry.reservation());
                reservation.ifPresent(amount -> decided.add(context, pointer + "/reservation", amount));
                return Optional.of(new PlannedDecision.Deferred(initiative, reservation));
            case "rejected":
                return Optional.of(new PlannedDecision.Rejected(initiative, Binding.texts(entry.reasons())));
            case "withdrawn":
                return Optional.of(new PlannedDecision.Withdrawn(initiative));
            default:
                // The schema's list of decisions and this switch are kept equal by FormatSchemaTest.
                throw new IllegalStateException("decision '" + entry.decision() + "' is in the schema but not read here");
        }
    }

    /** {@code amount} (and optionally {@code pot}, else the call's), or {@code funding: [{pot, amount}]} for several pots. */
    private Optional<PlannedDecision> granted(String pointer, FileEntries.OutcomeEntry entry, String initiative) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        if (entry.funding() == null) {
            Optional<String> given = Binding.text(entry.pot());
            given.ifPresent(p -> checkPot(pointer + "/pot", p));
            Optional<String> pot = given.or(known::callPot);
            Optional<Money> amount = Binding.amount(context, pointer + "/amount", entry.amount());
            amount.ifPresent(a -> decided.add(context, pointer + "/amount", a));
            if (amount.isPresent() && pot.isPresent()) {
                amounts.put(pot.get(), amount.get());
            }
        } else {
            List<FileEntries.FundingEntry> parts = entry.funding();
            for (int i = 0; i < parts.size(); i++) {
                String at = pointer + "/funding/" + i;
                String pot = parts.get(i).pot().strip();
                checkPot(at + "/pot", pot);
                Optional<Money> amount = Binding.amount(context, at + "/amount", parts.get(i).amount());
                amount.ifPresent(a -> decided.add(context, at + "/amount", a));
                if (amount.isPresent() && amounts.putIfAbsent(pot, amount.get()) != null) {
                    context.problem(at + "/pot", "input.duplicate-id", "pot '" + pot + "' wordt twee keer genoemd in één toekenning",
                        "pot '" + pot + "' is named twice in one grant");
                }
            }
        }
        return amounts.isEmpty() ? Optional.empty()
            : Optional.of(new PlannedDecision.Granted(initiative, amounts, Binding.texts(entry.conditions())));
    }

    private Optional<PlannedReservation> reservation(String pointer, FileEntries.ReservationEntry entry) {
        Optional<String> given = Binding.text(entry.pot());
        given.ifPresent(p -> checkPot(pointer + "/pot", p));
        Optional<String> pot = given.or(known::callPot);
        Optional<Money> amount = Binding.amount(context, pointer + "/amount", entry.amount());
        amount.ifPresent(a -> decided.add(context, pointer + "/amount", a));
        if (pot.isEmpty() || amount.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedReservation(entry.id().strip(), pot.get(), amount.get(), entry.purpose().strip()));
    }

    private void checkInitiative(String pointer, String id) {
        if (known.initiativeIds().isPresent() && !known.initiativeIds().get().contains(id)) {
            Optional<String> close = suggestion(id, known.initiativeIds().get());
            context.problem(pointer, "input.reference-unknown",
                "geen initiatief '" + id + "' in de portefeuille" + close.map(s -> " (bedoelt u '" + s + "'?)").orElse(""),
                "no initiative '" + id + "' in the portfolio" + close.map(s -> " (did you mean '" + s + "'?)").orElse(""));
            return;
        }
        String first = firstPathByInitiative.putIfAbsent(id, pointer);
        if (first != null) {
            context.problem(pointer, "input.duplicate-id", "over initiatief '" + id + "' wordt twee keer besloten: hier en bij " + first,
                "initiative '" + id + "' is decided twice: here and at " + first);
        }
    }

    private void checkPot(String pointer, String pot) {
        if (known.potIds().isPresent() && !known.potIds().get().contains(pot)) {
            Optional<String> close = suggestion(pot, known.potIds().get());
            context.problem(pointer, "input.reference-unknown",
                "geen pot '" + pot + "' in het budget" + close.map(s -> " (bedoelt u '" + s + "'?)").orElse(""),
                "no pot '" + pot + "' in the budget" + close.map(s -> " (did you mean '" + s + "'?)").orElse(""));
        }
    }

    /** The closest known id, in a stable order; none among very many (DidYouMean would not compare them anyway). */
    private static Optional<String> suggestion(String given, Set<String> known) {
        return known.size() > DidYouMean.MOST_COMPARED ? Optional.empty() : DidYouMean.closest(given, new TreeSet<>(known));
    }

    private void checkUniqueReservations(List<PlannedReservation> reservations) {
        Set<String> seen = new java.util.HashSet<>();
        for (PlannedReservation reservation : reservations) {
            if (!seen.add(reservation.id())) {
                context.problem("/decisions/reservations", "input.duplicate-id", "reserveringsid '" + reservation.id() + "' komt twee keer voor",
                    "reservation id '" + reservation.id() + "' is used twice");
            }
        }
    }
}
