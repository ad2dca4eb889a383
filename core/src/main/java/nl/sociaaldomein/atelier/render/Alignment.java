package nl.sociaaldomein.atelier.render;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;

/** How a column lines up: numbers to the right (so digits line up), year-grid marks centred. */
enum Alignment {
    LEFT, RIGHT, CENTER;

    /** Per column, from its body and footer cells; empty cells do not count. */
    static List<Alignment> of(Table table) {
        List<Alignment> result = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            boolean numeric = true;
            boolean marks = true;
            boolean any = false;
            for (List<Row> rows : List.of(table.rows(), table.footer())) {
                for (Row row : rows) {
                    Cell cell = row.cells().get(c);
                    if (cell instanceof Cell.EmptyCell) {
                        continue;
                    }
                    any = true;
                    numeric &= cell.isNumeric();
                    marks &= cell instanceof Cell.MarkCell;
                }
            }
            result.add(!any ? LEFT : numeric ? RIGHT : marks ? CENTER : LEFT);
        }
        return result;
    }
}
