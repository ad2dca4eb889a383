package nl.sociaaldomein.atelier.profile.groningen;

import java.util.List;
import nl.sociaaldomein.atelier.profile.Label;

/**
 * A report the municipality publishes, as data for the report and render packages: its title
 * and the columns (or sections) in the source's order and wording.
 *
 * @param id      kebab-case id, the name it is bound under
 * @param title   the source's title
 * @param columns the source's column headings or sections
 */
public record ReportFormatData(String id, Label title, List<Label> columns) {

    public ReportFormatData {
        columns = List.copyOf(columns);
    }
}
