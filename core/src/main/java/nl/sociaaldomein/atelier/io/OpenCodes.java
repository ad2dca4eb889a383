package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Reads codes of an open vocabulary (organisation kind, legal framework, intake channel): any
 * well-formed kebab-case code is accepted; the domain type's constructor decides what is
 * well-formed and its message becomes the problem.
 */
final class OpenCodes {

    private OpenCodes() {
    }

    static <T> Optional<T> code(ObjectFields fields, String field, Function<String, T> make) {
        return fields.text(field).flatMap(text -> make(fields.context(), fields.pathOf(field), text, make));
    }

    /** A list of codes; a single code is accepted as a list of one. Missing reads as empty. */
    static <T> List<T> codes(ObjectFields fields, String field, Function<String, T> make) {
        return fields.list(field, (element, path) -> {
            if (!element.isTextual() || element.asText().isBlank()) {
                fields.context().problem(path, "input.wrong-type", "verwacht een code zoals wmo-2015, maar gevonden: " + ObjectFields.describeNl(element),
                    "expected a code such as wmo-2015, found " + ObjectFields.describe(element));
                return Optional.empty();
            }
            return make(fields.context(), path, element.asText().strip(), make);
        });
    }

    private static <T> Optional<T> make(ReadContext context, String path, String text, Function<String, T> make) {
        try {
            return Optional.of(make.apply(text));
        } catch (IllegalArgumentException e) {
            context.problem(path, Mistake.ofRule("input.code-invalid", e));
            return Optional.empty();
        }
    }
}
