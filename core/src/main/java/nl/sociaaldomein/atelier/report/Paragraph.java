package nl.sociaaldomein.atelier.report;

import java.util.Objects;

/**
 * Running text. Plain text only: renderers escape it, so markup in it shows as typed.
 *
 * @param text the paragraph, plain text
 */
public record Paragraph(String text) implements Block {

    /**
     * Checks that the text is given.
     *
     * @param text the paragraph, plain text
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
