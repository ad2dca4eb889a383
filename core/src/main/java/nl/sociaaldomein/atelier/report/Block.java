package nl.sociaaldomein.atelier.report;

/** What a section is made of, in reading order. */
public sealed interface Block permits Paragraph, Note, Table, Figure {
}
