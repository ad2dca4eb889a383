package nl.sociaaldomein.atelier.initiative;

import java.util.Objects;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A code of an open vocabulary (a legal framework, an intake channel, an organisation kind) that
 * is not lower-case words joined by hyphens. Its message is English, as every value check's is;
 * {@link #text()} says the same in Dutch and English, so a reader can show a file's mistake in
 * the user's language.
 */
public final class MalformedCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, in Dutch and English. */
    private final Text text;

    /**
     * A refused code.
     *
     * @param text what is wrong, in Dutch and English; the English text is the exception's message
     */
    public MalformedCodeException(Text text) {
        super(Objects.requireNonNull(text, "text").en());
        this.text = text;
    }

    /**
     * What is wrong with the code.
     *
     * @return the message in Dutch and English
     */
    public Text text() {
        return text;
    }
}
