package nl.sociaaldomein.atelier.io;

import java.util.Optional;
import java.util.function.Function;
import nl.sociaaldomein.atelier.io.support.ObjectFields;

/**
 * Reads an object nested in a field. When the field holds something else (a text, a list) that
 * one problem is reported and the object is not read further, so the user is not also told that
 * each of its fields is missing.
 */
final class NestedObject {

    private NestedObject() {
    }

    static <T> Optional<T> read(ObjectFields parent, String field, boolean required, Function<ObjectFields, Optional<T>> read) {
        int problemsBefore = parent.context().problemCount();
        Optional<ObjectFields> nested = required ? parent.requiredObject(field) : parent.object(field);
        if (parent.context().problemCount() > problemsBefore) {
            return Optional.empty();
        }
        return nested.flatMap(read);
    }
}
