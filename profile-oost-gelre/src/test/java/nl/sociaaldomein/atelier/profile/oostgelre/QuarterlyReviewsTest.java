package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.profile.oostgelre.reports.QuarterlyReviews;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Wording;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;

/** Recorded quarterly reports meet their quarters; only the missing ones count, due within a month and overdue after. */
class QuarterlyReviewsTest {

    private static final String REGISTER = """
        source: {file: kwartaal.txt, quote: "Elk kwartaal"}
        reportDate: 15-10-2018
        yearColumns: [2018]
        experiments:
          - number: "1)"
            name: Formulierenhulp
            years: [2018]
            start: 1-1-2018
            end: 31-12-2018
            outcome: Loopt
            reviews:
              - {date: 2-4-2018, verdict: continue, reason: loopt goed, by: college}
              - {date: 2-7-2018, verdict: adjust, reason: meer bekendheid nodig, by: college}
          - number: "2)"
            name: Streetball
            years: [2018]
            start: 1-1-2018
            end: 31-12-2019
            outcome: Loopt
            reviews:
              - {date: 2-4-2018, verdict: continue, reason: loopt goed}
        """;

    private static List<List<String>> rows(LocalDate asOf, Locale locale) {
        ExperimentRegister register = OostGelreExperiments.reader()
            .read("kwartaal.yaml", REGISTER.getBytes(StandardCharsets.UTF_8), InputFormat.YAML)
            .orElseThrow();
        Dossier dossier = Dossier.builder().municipality(Municipality.of("Oost Gelre", "GM1586")).asOf(asOf)
            .register(register).build();
        Table table = new QuarterlyReviews(OostGelreExperiments.CADENCE).build(dossier, locale).orElseThrow().tables().get(0);
        RenderOptions options = RenderOptions.defaults().withLocale(locale);
        return table.rows().stream().map(row -> row.cells().stream().map(c -> Wording.cell(c, options)).toList()).toList();
    }

    @Test
    void eachRowShowsTheLastReportTheRegisterHoldsAndTheNextQuarterEndWithoutCallingAnythingLate() {
        assertThat(rows(LocalDate.of(2018, 10, 15), RenderOptions.DUTCH)).containsExactly(
            List.of("1)", "Formulierenhulp", "Loopt", "2-7-2018 aanpassen", "31-12-2018",
                "omzetten in regulier beleid / verlengen / stoppen"),
            List.of("2)", "Streetball", "Loopt", "2-4-2018 voortzetten", "31-12-2018",
                "omzetten in regulier beleid / verlengen / stoppen"));
    }

    @Test
    void theMemosRegisterListsExperimentsInPreparationAndTheRunningPartOfASplitOne() {
        Dossier dossier = Dossier.builder().municipality(Municipality.of("Oost Gelre", "GM1586")).asOf(LocalDate.of(2018, 9, 12))
            .register(OostGelreExperiments.register2018().orElseThrow()).build();
        Table table = new QuarterlyReviews(OostGelreExperiments.CADENCE).build(dossier, Locale.ENGLISH).orElseThrow().tables().get(0);
        RenderOptions options = RenderOptions.defaults().withLocale(Locale.ENGLISH);
        List<List<String>> rows = table.rows().stream().map(row -> row.cells().stream().map(c -> Wording.cell(c, options)).toList()).toList();
        // "15) Kinderkamp plus" and "16) OIJVizier" are "In opbouw/uitvoering"; 1)'s SWOIJ part "loopt, wordt verlengd".
        assertThat(rows).extracting(row -> row.get(0) + " " + row.get(1)).contains("15) Kinderkamp plus",
            "16) OIJVizier – Wat is er te doen?", "1) Zelfsturende professionals: Zelfsturende professionals SWOIJ");
        // The memo: "Elk kwartaal wordt er voor het college een rapportage gemaakt"; the register lacks them, nothing is late.
        assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContain("overdue", "te laat").contains("not in the register"));
        assertThat(rows).allSatisfy(row -> assertThat(row.get(4)).isEqualTo("30 September 2018"));
    }
}
