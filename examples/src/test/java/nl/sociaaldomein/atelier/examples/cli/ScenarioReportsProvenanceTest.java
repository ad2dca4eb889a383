package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.HtmlRenderer;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Wording;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report of every bundled scenario (its own reports and every general report its dossier
 * allows), in every format, says where each figure comes from; and the reports of one dossier agree
 * with each other on the figures they share (finding 2 of the provenance issue: "Resterend € 52.315"
 * in one report and € 12.315 in another).
 */
class ScenarioReportsProvenanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIGURE_TYPES = Set.of("money", "count", "percentage", "date", "mark");

    /** Each scenario with its dossier and every report that builds from it, in Dutch. */
    record Replayed(String scenario, Map<String, Report> reports) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static Stream<Replayed> scenarios() {
        List<Replayed> out = new ArrayList<>();
        for (Scenario scenario : ScenarioCatalogue.bundled().all()) {
            LoadedProfile profile = LoadedProfile.load(scenario.profile());
            InputSource source = InputSource.resource(scenario.data());
            Dossier dossier = Dossiers.make(Dossiers.orProblems(source.name(), source.parse()), profile, Optional.of(scenario.asOf()));
            Map<String, Report> reports = new LinkedHashMap<>();
            for (Map.Entry<String, ReportFormat> format : profile.formats().entrySet()) {
                boolean own = scenario.reports().contains(format.getKey());
                var built = format.getValue().build(dossier, RenderOptions.DUTCH).peek(report -> reports.put(format.getKey(), report));
                assertThat(own && built.isFailed()).as("%s: its own report %s fails: %s", scenario.id(), format.getKey(), built.problems())
                    .isFalse();
            }
            assertThat(reports.keySet()).as(scenario.id()).containsAll(scenario.reports());
            out.add(new Replayed(scenario.id(), reports));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyFigureOfEveryReportSaysWhereItComesFrom(Replayed replayed) {
        replayed.reports().forEach((id, report) ->
            assertThat(report.figuresWithoutProvenance()).as("%s, report %s", replayed, id).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyFormatShowsIt(Replayed replayed) throws IOException {
        for (Map.Entry<String, Report> entry : replayed.reports().entrySet()) {
            Report report = entry.getValue();
            String what = replayed + ", report " + entry.getKey();
            // JSON: every figure cell has a provenance field.
            JsonNode json = JSON.readTree(new JsonRenderer().renderToBytes(report, RenderOptions.defaults()));
            List<String> bare = new ArrayList<>();
            json.path("sections").forEach(section -> section.path("blocks").forEach(block -> {
                Stream.of("rows", "footer").forEach(group -> block.path(group).forEach(row -> row.forEach(cell -> {
                    if (FIGURE_TYPES.contains(cell.path("type").asText()) && !cell.has("provenance")) {
                        bare.add(section.path("heading").asText() + ": " + cell.path("text").asText());
                    }
                })));
                if (block.path("type").asText().equals("figure")) {
                    assertThat(block.path("provenance").isObject()).as("%s: figure %s", what, block.path("title")).isTrue();
                }
            }));
            assertThat(bare).as(what).isEmpty();
            // Markdown and HTML: each provenance the report names is a footnote; CSV: each table with figures has "herkomst".
            String markdown = new String(new MarkdownRenderer().renderToBytes(report, RenderOptions.defaults()), StandardCharsets.UTF_8);
            String html = new String(new HtmlRenderer().renderToBytes(report, RenderOptions.defaults()), StandardCharsets.UTF_8);
            for (var provenance : report.provenances()) {
                assertThat(markdown).as(what).contains(provenance.kind().dutch() + ": ");
                assertThat(html).as(what).contains("class=\"provenance\"");
            }
            String csv = new String(new CsvRenderer().renderToBytes(report, RenderOptions.defaults()), StandardCharsets.UTF_8);
            long tablesWithFigures = report.tables().stream().filter(t -> !t.provenances().isEmpty()).count();
            assertThat(csv.lines().filter(line -> line.endsWith(";herkomst")).count()).as(what).isGreaterThanOrEqualTo(tablesWithFigures);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theReportsOfOneDossierAgreeOnEveryFigureTheyShare(Replayed replayed) {
        Map<String, Map<String, String>> byReport = new LinkedHashMap<>();
        replayed.reports().forEach((id, report) -> byReport.put(id, figures(report)));
        List<String> ids = List.copyOf(byReport.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Map<String, String> a = byReport.get(ids.get(i));
                Map<String, String> b = byReport.get(ids.get(j));
                for (String key : a.keySet()) {
                    if (b.containsKey(key)) {
                        assertThat(b.get(key)).as("%s: '%s' in %s is %s, in %s", replayed, key, ids.get(i), a.get(key), ids.get(j))
                            .isEqualTo(a.get(key));
                    }
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theCheckSeesTwoReportsDisagreeingOnWhatRemains() {
        // The finding: round-overview said "Resterend € 52.315" where the round summary said € 12.315.
        Report overview = Report.builder().title("a").addSections(nl.sociaaldomein.atelier.report.Section.of("s",
            Table.builder().addColumns(nl.sociaaldomein.atelier.report.Column.of("Post"), nl.sociaaldomein.atelier.report.Column.of("Bedrag"))
                .addRows(Row.of(Cell.label(nl.sociaaldomein.atelier.report.Label.REMAINING),
                    Cell.money(nl.sociaaldomein.atelier.money.Money.ofEuros(52_315)))).build())).build();
        Report summary = Report.builder().title("b").addSections(nl.sociaaldomein.atelier.report.Section.of("s",
            Table.builder().addColumns(nl.sociaaldomein.atelier.report.Column.of("Post"), nl.sociaaldomein.atelier.report.Column.of("Bedrag"))
                .addRows(Row.of(Cell.text("resterend na reserveringen"),
                    Cell.money(nl.sociaaldomein.atelier.money.Money.ofEuros(12_315)))).build())).build();
        assertThat(figures(overview).get("resterend na reserveringen")).isEqualTo("€ 52.315");
        assertThat(figures(summary).get("resterend na reserveringen")).isEqualTo("€ 12.315");
    }

    /**
     * The figures a report states under a name that means the same in every report: a row whose first
     * cell names the concept, with the first figure (or "niet gepubliceerd") after it.
     */
    static Map<String, String> figures(Report report) {
        RenderOptions dutch = RenderOptions.defaults();
        Map<String, String> out = new LinkedHashMap<>();
        for (Table table : report.tables()) {
            for (Row row : Stream.concat(table.rows().stream(), table.footer().stream()).toList()) {
                if (row.cells().isEmpty() || !(row.cells().get(0) instanceof Cell.TextCell)) {
                    continue;
                }
                String name = Wording.cell(row.cells().get(0), dutch).toLowerCase(Locale.ROOT).replaceAll("\\s*\\S*[\u2070-\u2079\u00b9\u00b2\u00b3]+$", "").strip();
                Optional<String> concept = concept(name);
                if (concept.isEmpty()) {
                    continue;
                }
                row.cells().stream().skip(1).filter(c -> c.isFigure() || Wording.cell(c, dutch).equals("niet gepubliceerd")).findFirst()
                    .ifPresent(cell -> out.putIfAbsent(concept.get(), Wording.cell(cell, dutch)));
            }
        }
        return out;
    }

    /** Names that mean the same figure in different reports. */
    private static Optional<String> concept(String name) {
        switch (name) {
            case "ideeën": case "ontvangen ideeën": return Optional.of("ideeën");
            case "financieel gehonoreerd": case "gehonoreerd": return Optional.of("gehonoreerd");
            case "niet gehonoreerd": return Optional.of("niet gehonoreerd");
            case "teruggetrokken": case "ingetrokken": return Optional.of("ingetrokken");
            case "wordt nog verder uitgewerkt": case "nog in uitwerking": return Optional.of("in uitwerking");
            case "beschikbaar budget": case "plafond": return Optional.of("plafond");
            case "toegekend": return Optional.of("toegekend");
            case "resterend vóór reserveringen": return Optional.of("resterend vóór reserveringen");
            case "resterend na reserveringen": case "resterend": return Optional.of("resterend na reserveringen");
            case "gereserveerd": return Optional.of("gereserveerd");
            default: return Optional.empty();
        }
    }
}
