package nl.sociaaldomein.atelier.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.provenance.Provenance;
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

    /** {@return the table's name, shown above it and used as its caption} */
    public abstract Optional<String> title();

    /** {@return the columns, at least one} */
    public abstract List<Column> columns();

    /** {@return the body rows, each as wide as the columns} */
    public abstract List<Row> rows();

    /** {@return the total rows, shown under the body and set apart from it} */
    public abstract List<Row> footer();

    /**
     * Where the table's figures come from, unless a row says otherwise for a cell
     * ({@link Row#provenance()}): e.g. the annex's amounts are all published in one source table.
     *
     * @return the table's provenance, or empty
     */
    public abstract Optional<Provenance> provenance();

    /**
     * The provenance of a cell: its row's own, else the table's.
     *
     * @param row    a row of the table
     * @param column the cell's column
     * @return the provenance, or empty
     */
    public Optional<Provenance> provenanceOf(Row row, int column) {
        return row.provenance().get(column).or(this::provenance);
    }

    /**
     * True for a cell whose provenance a report shows: a figure (by its own or the table's
     * provenance), or any other cell its row gives a provenance of its own (a quoted text).
     *
     * @param row    the row
     * @param column the cell's column
     * @return true when the report shows the cell's provenance
     */
    public static boolean carriesProvenance(Row row, int column) {
        return row.cells().get(column).isFigure() || row.provenance().get(column).isPresent();
    }

    /** {@return every provenance the table's figures (and texts with their own) name, in reading order, once each} */
    public List<Provenance> provenances() {
        java.util.LinkedHashSet<Provenance> seen = new java.util.LinkedHashSet<>();
        for (List<Row> group : List.of(rows(), footer())) {
            for (Row row : group) {
                for (int c = 0; c < row.cells().size(); c++) {
                    if (carriesProvenance(row, c)) {
                        provenanceOf(row, c).ifPresent(seen::add);
                    }
                }
            }
        }
        return List.copyOf(seen);
    }

    /** {@return true when a figure of the table is an assumption: the table then says so next to it} */
    public boolean holdsAssumption() {
        return provenances().stream().anyMatch(p -> p.kind() == Provenance.Kind.ASSUMPTION);
    }

    /** {@return a builder; {@code build()} checks that there are columns and every row is as wide} */
    public static ImmutableTable.Builder builder() {
        return ImmutableTable.builder();
    }

    /**
     * The exact sum of the amounts in a column of the body rows; other cells are skipped.
     *
     * @param column the column
     * @return the sum
     * @throws nl.sociaaldomein.atelier.money.MoneyOverflowException when the sum does not fit
     */
    public Money moneyTotal(int column) {
        List<Money> amounts = new ArrayList<>();
        for (Row row : rows()) {
            if (row.cells().get(column) instanceof Cell.MoneyCell) {
                amounts.add(((Cell.MoneyCell) row.cells().get(column)).amount());
            }
        }
        return Money.sum(amounts);
    }

    /**
     * Checks that there are columns and every row, footer rows too, has one cell per column.
     *
     * @throws IllegalStateException naming the table and the row that is wrong
     */
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
