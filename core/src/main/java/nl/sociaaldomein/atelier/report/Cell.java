package nl.sociaaldomein.atelier.report;

import java.util.Objects;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.money.Money;

/**
 * One typed table cell. The type, not a pre-formatted string, travels to the renderer, so that
 * each format can show it properly: {@code € 887.685} in HTML, {@code 887685,00} in CSV,
 * {@code {"cents": 88768500, ...}} in JSON.
 *
 * <p>There is deliberately no way to put an applicant's name into a table as plain text from an
 * {@link Applicant}: use {@link #party(Applicant)}, and the renderer picks the name the
 * audience may see.
 */
public sealed interface Cell {

    /**
     * Literal text from the data, shown as it is (escaped).
     *
     * @param text the text
     * @return the cell
     */
    static Cell text(String text) {
        return new TextCell(Text.of(text));
    }

    /**
     * A word the renderer puts in the report's language, e.g. {@code label(Label.TOTAL)}.
     *
     * @param label the word
     * @return the cell
     */
    static Cell label(Label label) {
        return new TextCell(label);
    }

    /**
     * An amount, a figure that must say where it comes from.
     *
     * @param amount the amount
     * @return the cell
     */
    static Cell money(Money amount) {
        return new MoneyCell(amount);
    }

    /**
     * A date at its precision, a figure that must say where it comes from.
     *
     * @param date the date
     * @return the cell
     */
    static Cell date(PartialDate date) {
        return new DateCell(date);
    }

    /**
     * A count, a figure that must say where it comes from.
     *
     * @param count the number
     * @return the cell
     */
    static Cell count(long count) {
        return new CountCell(count);
    }

    /**
     * A percentage, a figure that must say where it comes from.
     *
     * @param percentage the share
     * @return the cell
     */
    static Cell percentage(Percentage percentage) {
        return new PercentageCell(percentage);
    }

    /**
     * The "x" of a year grid when {@code marked}, otherwise an empty grid square.
     *
     * @param marked whether the square is marked
     * @return the cell
     */
    static Cell mark(boolean marked) {
        return new MarkCell(marked);
    }

    /**
     * A party whose shown name depends on the audience: "Particulier" for a private person in public output.
     *
     * @param applicant the party
     * @return the cell
     */
    static Cell party(Applicant applicant) {
        return new PartyCell(applicant);
    }

    /** {@return an empty cell} */
    static Cell empty() {
        return EmptyCell.INSTANCE;
    }

    /**
     * True for amounts, counts, percentages, dates and year marks: the values a reader takes as
     * fact, so each must say where it comes from ({@link Report#figuresWithoutProvenance()}).
     *
     * @return true for a figure
     */
    default boolean isFigure() {
        return isNumeric() || this instanceof DateCell || this instanceof MarkCell;
    }

    /** {@return true for amounts, counts and percentages: the cells a reader compares by their last digit} */
    default boolean isNumeric() {
        return this instanceof MoneyCell || this instanceof CountCell || this instanceof PercentageCell;
    }

    /**
     * Text: literal from the data, or a label the renderer words in the report's language.
     *
     * @param text the text, literal or a label
     */
    record TextCell(Text text) implements Cell {
        /**
         * Checks that the text is given.
         *
         * @param text the text, literal or a label
         */
        public TextCell {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An amount, written as the language writes money.
     *
     * @param amount the amount
     */
    record MoneyCell(Money amount) implements Cell {
        /**
         * Checks that the amount is given.
         *
         * @param amount the amount
         */
        public MoneyCell {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A date, written at its precision.
     *
     * @param date the date, at its precision
     */
    record DateCell(PartialDate date) implements Cell {
        /**
         * Checks that the date is given.
         *
         * @param date the date, at its precision
         */
        public DateCell {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A whole number, grouped as the language groups digits.
     *
     * @param count the number
     */
    record CountCell(long count) implements Cell {
    }

    /**
     * A percentage with one decimal.
     *
     * @param percentage the share
     */
    record PercentageCell(Percentage percentage) implements Cell {
        /**
         * Checks that the percentage is given.
         *
         * @param percentage the share
         */
        public PercentageCell {
            Objects.requireNonNull(percentage, "percentage");
        }
    }

    /**
     * A square of a year grid: "x" when marked.
     *
     * @param marked whether the grid square is marked
     */
    record MarkCell(boolean marked) implements Cell {
    }

    /**
     * A party (applicant, provider); its shown name depends on the audience of the rendering.
     *
     * @param applicant the party; a private person's name shows only in internal output
     */
    record PartyCell(Applicant applicant) implements Cell {
        /**
         * Checks that the party is given.
         *
         * @param applicant the party; a private person's name shows only in internal output
         */
        public PartyCell {
            Objects.requireNonNull(applicant, "applicant");
        }
    }

    /** Nothing: an empty grid square, a total row's unused columns, an unknown value. */
    final class EmptyCell implements Cell {
        static final EmptyCell INSTANCE = new EmptyCell();

        private EmptyCell() {
        }

        @Override
        public String toString() {
            return "EmptyCell";
        }
    }
}
