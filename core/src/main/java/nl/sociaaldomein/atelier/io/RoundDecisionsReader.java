package nl.sociaaldomein.atelier.io;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.workflow.CommitteeDecisions;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;

/**
 * Reads a round file's {@code decisions}: the date, who decided, one outcome per initiative and
 * the extra reservations. Names initiatives and pots the file does not hold, and an initiative
 * decided twice, at the place they occur.
 */
final class RoundDecisionsReader {

    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        RoundFormat.DECISION_KINDS.forEach(kind -> KINDS.put(kind, kind));
    }

    /** What the rest of the file declares, to check references against; empty when it could not be read. */
    record Known(Optional<Set<String>> initiativeIds, Optional<Set<String>> potIds, Optional<String> callPot) {
    }

    private final Known known;
    private final Map<String, String> firstPathByInitiative = new HashMap<>();
    /** The round and its reports add up grants and reservations, per pot and overall: that sum must be an amount. */
    private final AmountTotal decided = new AmountTotal("the amounts granted and reserved before it");

    private RoundDecisionsReader(Known known) {
        this.known = known;
    }

    static Optional<CommitteeDecisions> read(ObjectFields fields, Known known) {
        return new RoundDecisionsReader(known).committee(fields);
    }

    private Optional<CommitteeDecisions> committee(ObjectFields fields) {
        ReadContext context = fields.context();
        int before = context.problemCount();
        Optional<LocalDate> date = fields.requiredDate("date");
        Optional<Text> decidedBy = NestedObject.read(fields, "decidedBy", true, RoundDecisionsReader::text);
        if (!fields.has("outcomes")) {
            context.problem(fields.pathOf("outcomes"), "required field 'outcomes' is missing (an empty list [] is allowed)");
        }
        List<PlannedDecision> outcomes = fields.objects("outcomes", this::outcome);
        List<PlannedReservation> reservations = fields.objects("reservations", this::reservation);
        checkUniqueReservations(fields, reservations);
        fields.done();
        if (context.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new CommitteeDecisions(date.get(), decidedBy.get(), outcomes, reservations));
    }

    private static Optional<Text> text(ObjectFields fields) {
        Optional<String> nl = fields.requiredText("nl");
        Optional<String> en = fields.text("en");
        fields.done();
        return nl.map(dutch -> Text.of(dutch, en.orElse(dutch)));
    }

    private Optional<PlannedDecision> outcome(ObjectFields fields) {
        ReadContext context = fields.context();
        int before = context.problemCount();
        Optional<String> initiative = fields.requiredText("initiative");
        initiative.ifPresent(id -> checkInitiative(fields, id));
        Optional<String> kind = fields.requiredChoice("decision", KINDS);
        fields.text("note"); // for people: why a row is a placeholder, where it comes from
        Optional<PlannedDecision> decision = kind.isEmpty() || initiative.isEmpty() ? Optional.empty()
            : decision(fields, initiative.get(), kind.get());
        fields.done();
        return context.problemCount() > before ? Optional.empty() : decision;
    }

    private Optional<PlannedDecision> decision(ObjectFields fields, String initiative, String kind) {
        switch (kind) {
            case "granted":
                return granted(fields, initiative);
            case "referred":
                return fields.requiredText("partner").map(p -> new PlannedDecision.Referred(initiative, p));
            case "in-kind":
                return fields.requiredText("support").map(s -> new PlannedDecision.InKind(initiative, s));
            case "deferred":
                Optional<Money> reservation = fields.money("reservation");
                reservation.ifPresent(amount -> requirePositive(fields, "reservation", amount));
                reservation.ifPresent(amount -> decided.add(fields, "reservation", amount));
                return Optional.of(new PlannedDecision.Deferred(initiative, reservation));
            case "rejected":
                List<String> reasons = fields.texts("reasons");
                if (reasons.isEmpty()) {
                    fields.context().problem(fields.pathOf("reasons"), "a rejection needs at least one reason");
                }
                return Optional.of(new PlannedDecision.Rejected(initiative, reasons));
            default:
                return Optional.of(new PlannedDecision.Withdrawn(initiative));
        }
    }

    /** {@code amount} (and optionally {@code pot}, else the call's), or {@code funding: [{pot, amount}]} for several pots. */
    private Optional<PlannedDecision> granted(ObjectFields fields, String initiative) {
        List<String> conditions = fields.texts("conditions");
        boolean single = fields.has("amount");
        boolean several = fields.has("funding");
        Map<String, Money> amounts = new LinkedHashMap<>();
        if (single == several) {
            fields.context().problem(fields.pathOf("amount"), "a grant needs either 'amount' (from one pot) or 'funding' (a list of {pot, amount}), not "
                + (single ? "both" : "neither"));
        } else if (single) {
            Optional<Money> amount = fields.money("amount");
            Optional<String> given = fields.text("pot");
            given.ifPresent(p -> checkPot(fields, "pot", p));
            Optional<String> pot = given.or(known::callPot);
            amount.ifPresent(a -> requirePositive(fields, "amount", a));
            amount.ifPresent(a -> decided.add(fields, "amount", a));
            if (amount.isPresent() && pot.isPresent()) {
                amounts.put(pot.get(), amount.get());
            }
        } else {
            fields.objects("funding", part -> {
                Optional<String> pot = part.requiredText("pot");
                Optional<Money> amount = part.requiredMoney("amount");
                part.done();
                pot.ifPresent(p -> checkPot(part, "pot", p));
                amount.ifPresent(a -> requirePositive(part, "amount", a));
                amount.ifPresent(a -> decided.add(part, "amount", a));
                if (pot.isPresent() && amount.isPresent() && amounts.putIfAbsent(pot.get(), amount.get()) != null) {
                    part.context().problem(part.pathOf("pot"), "pot '" + pot.get() + "' is named twice in one grant");
                }
                return Optional.<Void>empty();
            });
        }
        return amounts.isEmpty() ? Optional.empty() : Optional.of(new PlannedDecision.Granted(initiative, amounts, conditions));
    }

    private Optional<PlannedReservation> reservation(ObjectFields fields) {
        Optional<String> id = fields.requiredText("id");
        Optional<String> given = fields.text("pot");
        given.ifPresent(p -> checkPot(fields, "pot", p));
        Optional<String> pot = given.or(known::callPot);
        Optional<Money> amount = fields.requiredMoney("amount");
        amount.ifPresent(a -> requirePositive(fields, "amount", a));
        amount.ifPresent(a -> decided.add(fields, "amount", a));
        Optional<String> purpose = fields.requiredText("purpose");
        fields.text("note");
        fields.done();
        if (id.isEmpty() || pot.isEmpty() || amount.isEmpty() || purpose.isEmpty() || !amount.get().isPositive()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedReservation(id.get(), pot.get(), amount.get(), purpose.get()));
    }

    private void checkInitiative(ObjectFields fields, String id) {
        if (known.initiativeIds().isPresent() && !known.initiativeIds().get().contains(id)) {
            String hint = suggestion(id, known.initiativeIds().get()).map(s -> " (did you mean '" + s + "'?)").orElse("");
            fields.context().problem(fields.pathOf("initiative"), "no initiative '" + id + "' in the portfolio" + hint);
            return;
        }
        String first = firstPathByInitiative.putIfAbsent(id, fields.pathOf("initiative"));
        if (first != null) {
            fields.context().problem(fields.pathOf("initiative"), "initiative '" + id + "' is decided twice: here and at " + first);
        }
    }

    private void checkPot(ObjectFields fields, String field, String pot) {
        if (known.potIds().isPresent() && !known.potIds().get().contains(pot)) {
            String hint = suggestion(pot, known.potIds().get()).map(s -> " (did you mean '" + s + "'?)").orElse("");
            fields.context().problem(fields.pathOf(field), "no pot '" + pot + "' in the budget" + hint);
        }
    }

    /** The closest known id, in a stable order; none among very many (DidYouMean would not compare them anyway). */
    private static Optional<String> suggestion(String given, Set<String> known) {
        return known.size() > DidYouMean.MOST_COMPARED ? Optional.empty() : DidYouMean.closest(given, new TreeSet<>(known));
    }

    private static void requirePositive(ObjectFields fields, String field, Money amount) {
        if (!amount.isPositive()) {
            fields.context().problem(fields.pathOf(field), "must be more than € 0");
        }
    }

    private static void checkUniqueReservations(ObjectFields fields, List<PlannedReservation> reservations) {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < reservations.size(); i++) {
            if (!seen.add(reservations.get(i).id())) {
                fields.context().problem(fields.pathOf("reservations"), "reservation id '" + reservations.get(i).id() + "' is used twice");
            }
        }
    }
}
