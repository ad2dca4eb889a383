package nl.sociaaldomein.atelier.report;

import java.util.List;
import org.immutables.value.Value;

/** A headed part of a report: its blocks in reading order. */
@Value.Immutable
public abstract class Section {

    /** {@return the section's heading} */
    public abstract String heading();

    /** {@return the tables, figures, paragraphs and notes, in reading order} */
    public abstract List<Block> blocks();

    /** {@return a builder} */
    public static ImmutableSection.Builder builder() {
        return ImmutableSection.builder();
    }

    /**
     * A section with these blocks, e.g. {@code Section.of("Toekenningen", table, Note.warning(...))}.
     *
     * @param heading the heading
     * @param blocks  the blocks, in reading order
     * @return the section
     */
    public static Section of(String heading, Block... blocks) {
        return builder().heading(heading).addBlocks(blocks).build();
    }
}
