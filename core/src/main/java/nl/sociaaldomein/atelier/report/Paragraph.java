package nl.sociaaldomein.atelier.report;

import java.util.Objects;

/** Running text. Plain text only: renderers escape it, so markup in it shows as typed. */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
