package nl.sociaaldomein.atelier.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.provenance.Provenance;
import org.immutables.value.Value;

/**
 * A report a council member can read, in no particular format. Build it, then hand it to a
 * renderer ({@code nl.sociaaldomein.atelier.render}) with the locale and audience to use.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .title("Innovatieatelier Sociaal Domein 2016")
 *     .metadata(ReportMetadata.builder().municipality(groningen).date(PartialDate.parse("30-6-2016").orElseThrow()).build())
 *     .addSections(Section.of("Toekenningen", annexTable))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Report {

    /** {@return the report's title, not blank} */
    public abstract String title();

    /** {@return who reports, when and under which reference; nothing unless the format says} */
    @Value.Default
    public ReportMetadata metadata() {
        return ReportMetadata.none();
    }

    /** {@return the sections, in reading order} */
    public abstract List<Section> sections();

    /**
     * The language the format built the headings, labels and notes in, when the report was built
     * through {@code Reports.build} (or the profile facade's {@code report}/{@code render}) with
     * one {@code RenderOptions}: a renderer then refuses to write it in the other language, so one
     * report never mixes Dutch headings with English labels. Empty for a report built directly.
     *
     * @return the language, or empty
     */
    public abstract Optional<Locale> language();

    /** {@return a builder; {@code build()} checks that the title is not blank} */
    public static ImmutableReport.Builder builder() {
        return ImmutableReport.builder();
    }

    /** {@return every table of the report in reading order (not the data tables of figures)} */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Section section : sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Table) {
                    tables.add((Table) block);
                }
            }
        }
        return tables;
    }

    /** {@return every provenance the report's tables and figures name, in reading order, once each: its footnotes} */
    public List<Provenance> provenances() {
        Set<Provenance> seen = new LinkedHashSet<>();
        for (Section section : sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Table) {
                    seen.addAll(((Table) block).provenances());
                } else if (block instanceof Figure) {
                    ((Figure) block).provenance().ifPresent(seen::add);
                }
            }
        }
        return List.copyOf(seen);
    }

    /**
     * Where a figure (amount, count, percentage, date, year mark; a chart) does not say where it
     * comes from, one line each, e.g. {@code section "Budget", table "Reserveringen", row 2, column "Bedrag"}.
     * Empty for a report every figure of which is marked bron, berekend or aanname.
     *
     * @return one line per unmarked figure; empty when every figure is marked
     */
    public List<String> figuresWithoutProvenance() {
        List<String> missing = new ArrayList<>();
        for (Section section : sections()) {
            for (Block block : section.blocks()) {
                String where = "section \"" + section.heading() + "\", ";
                if (block instanceof Figure && ((Figure) block).provenance().isEmpty()) {
                    missing.add(where + "figure \"" + ((Figure) block).title() + "\"");
                } else if (block instanceof Table) {
                    Table table = (Table) block;
                    List<List<Row>> groups = List.of(table.rows(), table.footer());
                    for (int g = 0; g < 2; g++) {
                        for (int r = 0; r < groups.get(g).size(); r++) {
                            Row row = groups.get(g).get(r);
                            for (int c = 0; c < row.cells().size(); c++) {
                                if (row.cells().get(c).isFigure() && table.provenanceOf(row, c).isEmpty()) {
                                    missing.add(where + "table \"" + table.title().orElse("") + "\", "
                                        + (g == 0 ? "row " : "footer row ") + (r + 1) + ", column \""
                                        + headerText(table.columns().get(c).header()) + "\"");
                                }
                            }
                        }
                    }
                }
            }
        }
        return missing;
    }

    private static String headerText(Text header) {
        return header instanceof Label ? ((Label) header).dutch() : ((Text.Literal) header).value();
    }

    /**
     * Checks that the title is not blank.
     *
     * @throws IllegalStateException when it is
     */
    @Value.Check
    protected void check() {
        if (title().isBlank()) {
            throw new IllegalStateException("a report's title must not be blank");
        }
    }
}
