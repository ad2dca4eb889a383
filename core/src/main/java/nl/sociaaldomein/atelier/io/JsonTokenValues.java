package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The values {@link RoundEventTokens} reads from a parser's tokens — texts, texts in two
 * languages, lists, amounts — each answering {@code null} where the value is not as the codec
 * writes it, so the caller leaves the payload to the tree reader.
 */
final class JsonTokenValues {

    private JsonTokenValues() {
    }

    /**
     * A text field's value the first time the field is met: null when it was met before ({@code seen}
     * is not null) or its value is no text. {@code last} is handed back when it holds the same characters.
     */
    static String firstText(String seen, JsonToken value, JsonParser p, String last) throws IOException {
        return seen != null || value != JsonToken.VALUE_STRING ? null : sameOrNew(p, last);
    }

    /** The text at the parser: {@code last} itself when it holds the same characters, so no new string is made. */
    static String sameOrNew(JsonParser p, String last) throws IOException {
        if (last != null && p.getTextLength() == last.length()) {
            char[] chars = p.getTextCharacters();
            int offset = p.getTextOffset();
            int i = 0;
            while (i < last.length() && chars[offset + i] == last.charAt(i)) {
                i++;
            }
            if (i == last.length()) {
                return last;
            }
        }
        return p.getText();
    }

    /** Reads one object from the parser (at its {@code START_OBJECT}); null when it is not as written. */
    interface ObjectReader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** A list of objects; the parser at the value's first token; null when the list or one of its objects is not as written. */
    static <T> List<T> objects(JsonParser p, JsonToken value, ObjectReader<T> item) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            T read = item.read(p);
            if (read == null) {
                return null;
            }
            out.add(read);
        }
        return p.currentToken() == JsonToken.END_ARRAY ? out : null;
    }

    /**
     * A text in both languages, {@code {"nl":…,"en":…}}; the parser at the value's first token.
     * A policy words a million decisions with a handful of rules and reasons: a text equal to the
     * last one read on this thread is that same object.
     */
    static Text text(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            return null;
        }
        Text last = LAST_TEXT.get()[0];
        String nl = null;
        String en = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            if (field.equals("nl") && nl == null) {
                nl = sameOrNew(p, last == null ? null : last.nl());
            } else if (field.equals("en") && en == null) {
                en = sameOrNew(p, last == null ? null : last.en());
            } else {
                return null;
            }
        }
        if (nl == null || en == null) {
            return null;
        }
        if (last != null && nl == last.nl() && en == last.en()) {
            return last;
        }
        Text read = Text.of(nl, en);
        LAST_TEXT.get()[0] = read;
        return read;
    }

    static final ThreadLocal<Text[]> LAST_TEXT = ThreadLocal.withInitial(() -> new Text[1]);

    /** A list of texts; the parser at the value's first token. */
    static List<String> texts(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> out = new ArrayList<>();
        JsonToken next;
        while ((next = p.nextToken()) == JsonToken.VALUE_STRING) {
            out.add(p.getText());
        }
        return next == JsonToken.END_ARRAY ? out : null;
    }

    /** An amount as the codec writes it, {@code "25000.00"}, as {@code EventJson.Reader#money} reads it; null when it does not read. */
    static Money euros(String text) {
        try {
            BigDecimal euros = new BigDecimal(text);
            return euros.scale() > 2 ? null : Money.ofCents(euros.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
