package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A file's bytes as text. Every Atelier file is UTF-8; a byte that is not part of a UTF-8
 * character (a file saved as Windows-1252, say: {@code Gr\xF6ningen}) is refused at its line and
 * column, with the path of the value it stands in, rather than read as U+FFFD (a parser reading
 * through a {@code Reader} replaces it silently) or reported by the parser in its own words.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The text without a byte order mark, or the problem at the first byte that is not UTF-8. */
    static Either<Problem, String> decode(String sourceName, byte[] bytes, InputFormat format, ReadLimits limits) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            int line = 1;
            int column = 1;
            for (int i = 0; i < before.length(); i += Character.charCount(before.codePointAt(i))) {
                char c = before.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            String readable = new String(bytes, StandardCharsets.UTF_8);
            Map<String, int[]> values = LocatedDocument.locationsOf(sourceName, readable, format, limits);
            int bad = bytes[at] & 0xff;
            return Either.left(FileProblem.at(sourceName, line, column, LocatedDocument.enclosing(values, line, column), "input.encoding",
                String.format("het bestand is geen UTF-8-tekst: byte 0x%02X hoort hier niet bij een UTF-8-teken; sla het bestand op als UTF-8", bad),
                String.format("the file is not UTF-8 text: byte 0x%02X here is not part of a UTF-8 character; save the file as UTF-8", bad)));
        }
        strict.flush(out);
        out.flip();
        String text = out.toString();
        return Either.right(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
