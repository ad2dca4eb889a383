package nl.sociaaldomein.atelier.budget;

import java.time.LocalDate;

/** The budget year or years a pot belongs to, e.g. 2016 or 2016–2017. */
public record BudgetPeriod(int firstYear, int lastYear) {

    public BudgetPeriod {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("a budget period cannot end (" + lastYear + ") before it starts (" + firstYear + ")");
        }
    }

    public static BudgetPeriod year(int year) {
        return new BudgetPeriod(year, year);
    }

    public boolean contains(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    @Override
    public String toString() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
    }
}
