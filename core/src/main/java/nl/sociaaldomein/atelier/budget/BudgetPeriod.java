package nl.sociaaldomein.atelier.budget;

import java.time.LocalDate;

/**
 * The budget year or years a pot belongs to, e.g. 2016 or 2016–2017.
 *
 * @param firstYear the first budget year
 * @param lastYear  the last budget year, the same as {@code firstYear} for one year
 */
public record BudgetPeriod(int firstYear, int lastYear) {

    /**
     * Checks that the period does not end before it starts.
     *
     * @param firstYear the first budget year
     * @param lastYear  the last budget year, the same as {@code firstYear} for one year
     * @throws IllegalArgumentException when {@code lastYear} is before {@code firstYear}
     */
    public BudgetPeriod {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("a budget period cannot end (" + lastYear + ") before it starts (" + firstYear + ")");
        }
    }

    /**
     * One budget year.
     *
     * @param year the year, e.g. 2016
     * @return the period of that year alone
     */
    public static BudgetPeriod year(int year) {
        return new BudgetPeriod(year, year);
    }

    /**
     * Whether {@code date} falls in one of the period's years.
     *
     * @param date the day
     * @return true when its year is from the first to the last year
     */
    public boolean contains(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    @Override
    public String toString() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
    }
}
