package nl.sociaaldomein.atelier.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import org.immutables.value.Value;

/**
 * A table as a council letter prints it: columns, body rows, and footer rows for totals
 * (Groningen's annex ends with the total {@code € 887.685} under the amounts).
 *
 * <pre>{@code
 * Table t = Table.builder().title("Toekenningen Innovatieateliers Sociaal Domein")
 *     .addColumns(Column.of(Label.NUMBER), Column.of("Instantie"), Column.of("naam pitch"), Column.of("bedrag"))
 *     .addRows(Row.of(Cell.count(1), Cell.party(assistHelpt), Cell.text("App voor dagstructuur"), Cell.money(eur25000)))
 *     .build();
 * Table withTotal = t.withFooter(Row.of(Cell.empty(), Cell.label(Label.TOTAL), Cell.empty(), Cell.money(t.moneyTotal(3))));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Table implements Block {

    /** The table's name, shown above it and used as its caption. */
    public abstract Optional<String> title();

    public abstract List<Column> columns();

    public abstract List<Row> rows();

    /** Total rows, shown under the body and set apart from it. */
    public abstract List<Row> footer();

    public static ImmutableTable.Builder builder() {
        return ImmutableTable.builder();
    }

    /** The exact sum of the amounts in a column of the body rows; other cells are skipped. */
    public Money moneyTotal(int column) {
        List<Money> amounts = new ArrayList<>();
        for (Row row : rows()) {
            if (row.cells().get(column) instanceof Cell.MoneyCell) {
                amounts.add(((Cell.MoneyCell) row.cells().get(column)).amount());
            }
        }
        return Money.sum(amounts);
    }

    @Value.Check
    protected void check() {
        if (columns().isEmpty()) {
            throw new IllegalStateException("table " + title().orElse("(untitled)") + " has no columns");
        }
        checkWidth(rows(), "row");
        checkWidth(footer(), "footer row");
    }

    private void checkWidth(List<Row> rows, String what) {
        for (int i = 0; i < rows.size(); i++) {
            int width = rows.get(i).cells().size();
            if (width != columns().size()) {
                throw new IllegalStateException("table " + title().orElse("(untitled)") + ": " + what + " " + (i + 1)
                    + " has " + width + " cells, the table has " + columns().size() + " columns");
            }
        }
    }
}
