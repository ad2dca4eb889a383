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

    static Cell text(String text) {
        return new TextCell(Text.of(text));
    }

    /** A word the renderer puts in the report's language, e.g. {@code label(Label.TOTAL)}. */
    static Cell label(Label label) {
        return new TextCell(label);
    }

    static Cell money(Money amount) {
        return new MoneyCell(amount);
    }

    static Cell date(PartialDate date) {
        return new DateCell(date);
    }

    static Cell count(long count) {
        return new CountCell(count);
    }

    static Cell percentage(Percentage percentage) {
        return new PercentageCell(percentage);
    }

    /** The "x" of a year grid when {@code marked}, otherwise an empty grid square. */
    static Cell mark(boolean marked) {
        return new MarkCell(marked);
    }

    static Cell party(Applicant applicant) {
        return new PartyCell(applicant);
    }

    static Cell empty() {
        return EmptyCell.INSTANCE;
    }

    /**
     * True for amounts, counts, percentages, dates and year marks: the values a reader takes as
     * fact, so each must say where it comes from ({@link Report#figuresWithoutProvenance()}).
     */
    default boolean isFigure() {
        return isNumeric() || this instanceof DateCell || this instanceof MarkCell;
    }

    /** {@return true for amounts, counts and percentages: the cells a reader compares by their last digit} */
    default boolean isNumeric() {
        return this instanceof MoneyCell || this instanceof CountCell || this instanceof PercentageCell;
    }

    record TextCell(Text text) implements Cell {
        public TextCell {
            Objects.requireNonNull(text, "text");
        }
    }

    record MoneyCell(Money amount) implements Cell {
        public MoneyCell {
            Objects.requireNonNull(amount, "amount");
        }
    }

    record DateCell(PartialDate date) implements Cell {
        public DateCell {
            Objects.requireNonNull(date, "date");
        }
    }

    record CountCell(long count) implements Cell {
    }

    record PercentageCell(Percentage percentage) implements Cell {
        public PercentageCell {
            Objects.requireNonNull(percentage, "percentage");
        }
    }

    record MarkCell(boolean marked) implements Cell {
    }

    /** A party (applicant, provider); its shown name depends on the audience of the rendering. */
    record PartyCell(Applicant applicant) implements Cell {
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
