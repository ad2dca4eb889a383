package nl.sociaaldomein.atelier.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;

/**
 * One row of a table: as many cells as the table has columns, and for each cell where its value
 * comes from when that differs from the table's {@link Table#provenance()}.
 *
 * @param cells      the cells, one per column
 * @param provenance per cell, where its value comes from when that differs from the table's
 */
public record Row(List<Cell> cells, List<Optional<Provenance>> provenance) {

    /**
     * Keeps copies and checks there is a provenance entry per cell.
     *
     * @param cells      the cells, one per column
     * @param provenance per cell, where its value comes from when that differs from the table's
     * @throws IllegalArgumentException when the lists differ in length
     */
    public Row {
        cells = List.copyOf(cells);
        provenance = List.copyOf(provenance);
        if (provenance.size() != cells.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells has " + provenance.size() + " provenance entries");
        }
    }

    /**
     * A row whose cells take the table's provenance.
     *
     * @param cells the cells, one per column
     */
    public Row(List<Cell> cells) {
        this(cells, Collections.nCopies(cells.size(), Optional.empty()));
    }

    /**
     * A row whose cells take the table's provenance.
     *
     * @param cells the cells, one per column
     * @return the row
     */
    public static Row of(Cell... cells) {
        return new Row(List.of(cells));
    }

    /**
     * This row with {@code provenance} for every figure cell (see {@link Cell#isFigure()}) that has none of its own.
     *
     * @param provenance where the figures come from
     * @return a new row; this one is unchanged
     */
    public Row from(Provenance provenance) {
        List<Optional<Provenance>> out = new ArrayList<>(this.provenance);
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isFigure() && out.get(c).isEmpty()) {
                out.set(c, Optional.of(provenance));
            }
        }
        return new Row(cells, out);
    }

    /**
     * This row with {@code provenance} for the cell in {@code column}.
     *
     * @param column     the cell's column
     * @param provenance where the cell's value comes from
     * @return a new row; this one is unchanged
     */
    public Row from(int column, Provenance provenance) {
        List<Optional<Provenance>> out = new ArrayList<>(this.provenance);
        out.set(column, Optional.of(provenance));
        return new Row(cells, out);
    }

    /**
     * This row with the provenance of the cell in {@code column} set where one is given.
     *
     * @param column     the cell's column
     * @param provenance where the cell's value comes from, if known
     * @return a new row, or this one when {@code provenance} is empty
     */
    public Row from(int column, Optional<Provenance> provenance) {
        return provenance.map(p -> from(column, p)).orElse(this);
    }
}
