package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;
import org.junit.jupiter.api.Test;

/**
 * The grants annex built from the data file equals the table of the source letter, parsed from
 * docs/sources/000_54832993d59957fc.txt (tab-separated rows "nr, Instantie, naam pitch, bedrag",
 * and the total on its own line).
 */
class AnnexMatchesSourceTest {

    private static final Path SOURCE = Path.of("..", "docs", "sources", "000_54832993d59957fc.txt");

    record SourceRow(int number, String applicant, String pitch, Money amount) {
    }

    @Test
    void nineteenRowsWithTheSourcesNamesTitlesAndAmountsInItsOrder() throws IOException {
        List<SourceRow> source = new ArrayList<>();
        Money sourceTotal = null;
        for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (cells.length == 4 && cells[0].matches("\\d+")) {
                source.add(new SourceRow(Integer.parseInt(cells[0]), cells[1], cells[2], MoneyFormat.parseDutch(cells[3]).orElseThrow()));
            } else if (cells.length == 4 && cells[0].isEmpty() && cells[1].isEmpty() && cells[3].startsWith("€")) {
                sourceTotal = MoneyFormat.parseDutch(cells[3]).orElseThrow();
            }
        }
        assertThat(source).hasSize(19);
        assertThat(sourceTotal).isEqualTo(Money.ofEuros(887_685));

        Table annex = ReportsGoldenTest.build(new GrantsAnnexFormat(), RenderOptions.DUTCH).tables().get(0);
        assertThat(annex.rows()).hasSize(19);
        for (int i = 0; i < 19; i++) {
            Row row = annex.rows().get(i);
            SourceRow expected = source.get(i);
            assertThat(row.cells().get(0)).isEqualTo(new Cell.CountCell(expected.number()));
            assertThat(((Cell.PartyCell) row.cells().get(1)).applicant().publicName()).as("row %d", i + 1).isEqualTo(expected.applicant());
            assertThat(row.cells().get(2)).isEqualTo(Cell.text(expected.pitch()));
            assertThat(row.cells().get(3)).isEqualTo(Cell.money(expected.amount()));
        }
        assertThat(annex.footer()).hasSize(1);
        assertThat(annex.footer().get(0).cells().get(3)).isEqualTo(Cell.money(sourceTotal));
    }

    @Test
    void thePublicCsvHasTheSourcesColumnsAndTotal() {
        Report annex = ReportsGoldenTest.build(new GrantsAnnexFormat(), RenderOptions.DUTCH);
        String csv = new String(new CsvRenderer().renderToBytes(annex, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertThat(csv).contains("nr;Instantie;naam pitch;bedrag").contains("887685");
        assertThat(annex.title()).isEqualTo("Toekenningen Innovatieateliers Sociaal Domein");
    }
}
