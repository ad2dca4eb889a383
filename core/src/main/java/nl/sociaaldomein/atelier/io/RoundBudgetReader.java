package nl.sociaaldomein.atelier.io;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.money.Money;

/** Reads a round file's {@code budget}: {@code {pots: [{id, name, ceiling, period, parent, fundingSources}]}}. */
final class RoundBudgetReader {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");

    private RoundBudgetReader() {
    }

    static Optional<BudgetTree> read(ObjectFields fields) {
        ReadContext context = fields.context();
        int before = context.problemCount();
        if (!fields.has("pots")) {
            context.problem(fields.pathOf("pots"), "required field 'pots' is missing (at least the pot the call draws on)");
        }
        // Budget views total the ceilings of every pot, parents and children alike.
        AmountTotal ceilings = new AmountTotal("the ceilings of the pots before it");
        List<Pot> pots = fields.objects("pots", pot -> pot(pot, ceilings));
        fields.done();
        if (context.problemCount() > before) {
            return Optional.empty();
        }
        return BudgetTree.of(pots).fold(problems -> {
            problems.forEach(p -> context.problem(fields.pathOf("pots"), p));
            return Optional.<BudgetTree>empty();
        }, Optional::of);
    }

    private static Optional<Pot> pot(ObjectFields fields, AmountTotal ceilings) {
        Optional<String> id = fields.requiredText("id");
        Optional<String> name = fields.requiredText("name");
        Optional<Money> ceiling = fields.requiredMoney("ceiling");
        ceiling.ifPresent(amount -> ceilings.add(fields, "ceiling", amount));
        Optional<BudgetPeriod> period = period(fields);
        Optional<String> parent = fields.text("parent");
        List<String> sources = fields.texts("fundingSources");
        fields.done();
        if (id.isEmpty() || name.isEmpty() || ceiling.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pot(id.get(), name.get(), ceiling.get(), period.get(), parent, sources));
    }

    /** {@code 2016} or {@code 2016-2017}. */
    private static Optional<BudgetPeriod> period(ObjectFields fields) {
        Optional<String> text = fields.requiredText("period");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = YEARS.matcher(text.get());
        if (!m.matches()) {
            fields.context().problem(fields.pathOf("period"), "expected a year such as 2016 or years such as 2016-2017, not '" + text.get() + "'");
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (last < first) {
            fields.context().problem(fields.pathOf("period"), "the period ends (" + last + ") before it starts (" + first + ")");
            return Optional.empty();
        }
        return Optional.of(new BudgetPeriod(first, last));
    }
}
