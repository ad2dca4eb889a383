package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Wording;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Table;
import org.junit.jupiter.api.Test;

/**
 * The status table equals the memo's table "Stand van zaken experimenten", read from the source
 * text itself (docs/sources/004_09d1d1def8e42fc5.txt), cell by cell as a reader sees them.
 */
class StatusTableSourceTest {

    private static final Path SOURCE = Path.of("..", "docs", "sources", "004_09d1d1def8e42fc5.txt");
    private static final String HEADER = "\t\t2014\t2015\t2016\t2017\t2018\tstartdatum\teinddatum\tsuccesvol";

    /** The 19 rows under the table's header line, split on the tabs of the source text. */
    static List<List<String>> sourceRows() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int header = lines.indexOf(HEADER);
        assertThat(header).as("the table header in " + SOURCE).isNotNegative();
        return lines.subList(header + 1, lines.size()).stream().filter(line -> !line.isBlank())
            .map(line -> List.of(line.split("\t", -1))).toList();
    }

    @Test
    void everyCellEqualsTheSource() throws IOException {
        List<List<String>> source = sourceRows();
        Table table = OostGelreReportsTest.build("status-table", RenderOptions.DUTCH).tables().get(0);
        RenderOptions reader = RenderOptions.defaults();
        assertThat(source).hasSize(19).allSatisfy(row -> assertThat(row).hasSize(10));
        assertThat(table.columns()).extracting(Column::header).extracting(h -> Wording.text(h, reader))
            .containsExactly("nr", "experiment", "2014", "2015", "2016", "2017", "2018", "startdatum", "einddatum", "succesvol");
        assertThat(table.rows()).hasSize(19);
        for (int r = 0; r < 19; r++) {
            List<String> shown = table.rows().get(r).cells().stream().map(cell -> Wording.cell(cell, reader)).toList();
            assertThat(shown).as("row " + (r + 1) + " (" + source.get(r).get(0) + ")").containsExactlyElementsOf(source.get(r));
        }
    }

    @Test
    void theTimelineHasABarPerRowInTheSameOrder() throws IOException {
        Report report = OostGelreReportsTest.build("status-table", RenderOptions.DUTCH);
        var figure = (nl.sociaaldomein.atelier.report.Figure) report.sections().get(1).blocks().get(0);
        var chart = (nl.sociaaldomein.atelier.report.TimelineChart) figure.chart();
        assertThat(chart.rows()).extracting(span -> span.label())
            .containsExactlyElementsOf(sourceRows().stream().map(row -> row.get(0) + " " + row.get(1)).toList());
        assertThat(chart.asOf()).contains(OostGelreReportsTest.MEMO);
    }
}
