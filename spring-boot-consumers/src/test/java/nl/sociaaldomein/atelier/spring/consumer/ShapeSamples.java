package nl.sociaaldomein.atelier.spring.consumer;

import java.util.List;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;

/** Values whose JSON must not depend on the Jackson line Boot uses: amounts, texts, partial dates, problems, a pot. */
final class ShapeSamples {

    private ShapeSamples() {
    }

    static List<Object> values(PotView pot) {
        return List.of(Money.ofCents(88_768_501), Money.ofCents(-5), Text.of("besluit \"<b>\"", "decision"),
            PartialDate.ofMonth(2018, 3), PartialDate.ofYear(2016), PartialDate.unknown(),
            Problem.conflict("ledger.exceeds-remaining", Place.about("pot", "wmo"), "past niet", "does not fit"),
            Problem.invalid("input.amount-invalid", Place.inFile("budget.json", 3, 14, "/amount"), "geen bedrag", "no amount"),
            pot);
    }
}
