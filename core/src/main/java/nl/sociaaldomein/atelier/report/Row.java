package nl.sociaaldomein.atelier.report;

import java.util.List;

/** One row of a table: as many cells as the table has columns. */
public record Row(List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row of(Cell... cells) {
        return new Row(List.of(cells));
    }
}
