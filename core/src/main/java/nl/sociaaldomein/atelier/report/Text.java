package nl.sociaaldomein.atelier.report;

import java.util.Objects;

/**
 * A piece of text in a report: either literal text from the data (a pitch name, an organisation)
 * or a {@link Label} that the renderer words in the report's language ("Totaal" / "Total").
 */
public sealed interface Text permits Text.Literal, Label {

    /**
     * Literal text from the data.
     *
     * @param literal the text
     * @return the text
     */
    static Text of(String literal) {
        return new Literal(literal);
    }

    /**
     * Text as the data gives it; shown unchanged (but escaped) in every language.
     *
     * @param value the text as the data gives it
     */
    record Literal(String value) implements Text {
        /**
         * Checks that the value is given.
         *
         * @param value the text as the data gives it
         */
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }
}
