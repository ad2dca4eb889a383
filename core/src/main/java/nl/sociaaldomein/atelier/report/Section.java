package nl.sociaaldomein.atelier.report;

import java.util.List;
import org.immutables.value.Value;

/** A headed part of a report: its blocks in reading order. */
@Value.Immutable
public abstract class Section {

    public abstract String heading();

    public abstract List<Block> blocks();

    public static ImmutableSection.Builder builder() {
        return ImmutableSection.builder();
    }

    /** A section with these blocks, e.g. {@code Section.of("Toekenningen", table, Note.warning(...))}. */
    public static Section of(String heading, Block... blocks) {
        return builder().heading(heading).addBlocks(blocks).build();
    }
}
