package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.support.Amounts;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Binds a document that its schema accepted (as {@link FormatSchema#check} returns it: null
 * fields left out, faulty parts set aside) into the records of {@link FileEntries} with Jackson
 * databind. A single text where the schema allows a list of texts is a list of one; a number where
 * it allows a text is read as its text. Binding a valid document does not fail; should it, the
 * problem is located at the path Jackson names rather than thrown.
 */
final class Binding {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .build();

    private Binding() {
    }

    static <T> Optional<T> bind(ReadContext context, String pointer, JsonNode node, Class<T> type) {
        try {
            return Optional.of(MAPPER.treeToValue(node, type));
        } catch (JsonMappingException e) {
            StringBuilder at = new StringBuilder(pointer);
            e.getPath().forEach(ref -> at.append('/').append(ref.getFieldName() != null
                ? ref.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(ref.getIndex())));
            String why = SyntaxMessages.firstLine(e.getOriginalMessage());
            context.problem(at.toString(), "input.wrong-type", "kan niet worden gelezen: " + why, "cannot be read: " + why);
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            String why = SyntaxMessages.firstLine(e.getMessage());
            context.problem(pointer, "input.wrong-type", "kan niet worden gelezen: " + why, "cannot be read: " + why);
            return Optional.empty();
        }
    }

    /** A list the file left out, as an empty one. */
    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A text as the file means it: white space around it dropped. */
    static Optional<String> text(String text) {
        return Optional.ofNullable(text).map(String::strip);
    }

    /** A list of texts, each stripped. */
    static List<String> texts(List<String> list) {
        return listOf(list).stream().map(String::strip).toList();
    }

    /** An amount the file gave, or none; its problem (beyond the schema's) at {@code pointer}. */
    static Optional<nl.sociaaldomein.atelier.money.Money> amount(ReadContext context, String pointer, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        return Amounts.parse(value).fold(mistake -> {
            context.problem(pointer, mistake);
            return Optional.empty();
        }, Optional::of);
    }

    /** A full date the file gave, or none; an impossible one (31-02-2016, year 0) is a problem at {@code pointer}. */
    static Optional<java.time.LocalDate> date(ReadContext context, String pointer, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return nl.sociaaldomein.atelier.calendar.PartialDate.parseDay(value).fold(problems -> {
            context.problem(pointer, Mistake.of("input.date-invalid", problems));
            return Optional.empty();
        }, Optional::of);
    }
}
