package nl.sociaaldomein.atelier.jackson.types;

import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.text.Text;

/** {@link Text} in both its languages: {@code {"nl": "toegekend", "en": "granted"}}. */
public final class TextShape {

    /** The shape. */
    public static final ObjectShape<Text> TEXT = Shape.object(Text.class, (text, out) -> {
        out.field("nl", text.nl());
        out.field("en", text.en());
    }, in -> {
        String nl = in.string("nl");
        String en = in.string("en");
        return in.build(() -> Text.of(nl, en));
    });

    private TextShape() {
    }
}
