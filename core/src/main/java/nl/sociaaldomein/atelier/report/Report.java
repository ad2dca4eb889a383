package nl.sociaaldomein.atelier.report;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A report a council member can read, in no particular format. Build it, then hand it to a
 * renderer ({@code nl.sociaaldomein.atelier.render}) with the locale and audience to use.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .title("Innovatieatelier Sociaal Domein 2016")
 *     .metadata(ReportMetadata.builder().municipality(groningen).date(PartialDate.parse("30-6-2016").get()).build())
 *     .addSections(Section.of("Toekenningen", annexTable))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Report {

    public abstract String title();

    @Value.Default
    public ReportMetadata metadata() {
        return ReportMetadata.none();
    }

    public abstract List<Section> sections();

    public static ImmutableReport.Builder builder() {
        return ImmutableReport.builder();
    }

    /** Every table of the report in reading order (not the data tables of figures). */
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

    @Value.Check
    protected void check() {
        if (title().isBlank()) {
            throw new IllegalStateException("a report's title must not be blank");
        }
    }
}
