package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Makes a round file's {@code budget} from its bound entry: the pots, and the tree they form
 * ({@link BudgetTree#of}: parents before children, children within their parent's ceiling).
 */
final class RoundBudgetReader {

    private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?\\s*");

    private RoundBudgetReader() {
    }

    static Optional<BudgetTree> read(ReadContext context, FileEntries.BudgetEntry budget) {
        int before = context.problemCount();
        // Budget views total the ceilings of every pot, parents and children alike.
        AmountTotal ceilings = new AmountTotal("de plafonds van de potten ervoor", "the ceilings of the pots before it");
        List<Pot> pots = new ArrayList<>();
        List<FileEntries.PotEntry> entries = Binding.listOf(budget.pots());
        for (int i = 0; i < entries.size(); i++) {
            pot(context, "/budget/pots/" + i, entries.get(i), ceilings).ifPresent(pots::add);
        }
        if (context.problemCount() > before) {
            return Optional.empty();
        }
        return BudgetTree.of(pots).fold(problems -> {
            problems.forEach(p -> context.problem("/budget/pots", new Mistake("input.inconsistent", p.message())));
            return Optional.<BudgetTree>empty();
        }, Optional::of);
    }

    private static Optional<Pot> pot(ReadContext context, String pointer, FileEntries.PotEntry entry, AmountTotal ceilings) {
        Optional<Money> ceiling = Binding.amount(context, pointer + "/ceiling", entry.ceiling());
        ceiling.ifPresent(amount -> ceilings.add(context, pointer + "/ceiling", amount));
        Optional<BudgetPeriod> period = period(context, pointer + "/period", entry.period());
        if (ceiling.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pot(entry.id().strip(), entry.name().strip(), ceiling.get(), period.get(),
            Binding.text(entry.parent()), Binding.texts(entry.fundingSources())));
    }

    /** {@code 2016} or {@code 2016-2017}, the last not before the first. */
    private static Optional<BudgetPeriod> period(ReadContext context, String pointer, String text) {
        Matcher m = YEARS.matcher(text);
        if (!m.matches()) {
            context.problem(pointer, "input.date-invalid", "verwacht een jaar zoals 2016 of jaren zoals 2016-2017, niet '" + text + "'",
                "expected a year such as 2016 or years such as 2016-2017, not '" + text + "'");
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (last < first) {
            context.problem(pointer, "input.inconsistent", "de periode eindigt (" + last + ") voordat die begint (" + first + ")",
                "the period ends (" + last + ") before it starts (" + first + ")");
            return Optional.empty();
        }
        return Optional.of(new BudgetPeriod(first, last));
    }
}
