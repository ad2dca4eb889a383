package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A parser's complaint about a file's syntax, said in our words and placed where the mistake is:
 * an unclosed quote at the quote (the parser only notices at the end of the file), an unclosed
 * object at its opening brace, a missing colon at the line that lacks it. What we do not know
 * keeps the parser's own statement, without its internals.
 */
final class SyntaxMessages {

    /** Where the problem is (1-based) and what it is. */
    record Located(int line, int column, Text message) {
    }

    private static final Pattern START_MARKER = Pattern.compile("line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CONTROL_CODE = Pattern.compile("CTRL-CHAR, code (\\d+)");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized token|Non-standard token) '([^']*)'");

    private SyntaxMessages() {
    }

    /** A SnakeYAML scanner or parser error. */
    static Located yaml(MarkedYAMLException e, int fallbackLine, int fallbackColumn) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark();
        Mark start = e.getContextMark();
        Text message;
        if (problem.contains("end of stream") && context.contains("quoted scalar")) {
            at = start;
            message = Text.of("hier begint een tekst tussen aanhalingstekens die niet wordt afgesloten: het afsluitende aanhalingsteken ontbreekt",
                "a quoted text starts here and is not closed: the closing quote is missing");
        } else if (problem.contains("could not find expected ':'")) {
            at = start;
            message = Text.of("op deze regel wordt een veld verwacht als 'naam: waarde' (ontbreekt de ':', of springt de regel te ver in?)",
                "a field is expected on this line as 'name: value' (is the ':' missing, or the line indented too far?)");
        } else if (problem.contains("(TAB)") || problem.contains("tab character")) {
            message = Text.of("hier staat een tab; YAML springt in met spaties, niet met tabs", "a tab here; YAML indents with spaces, not tabs");
        } else if (problem.contains("mapping values are not allowed")) {
            message = Text.of("hier staat een ':' waar geen veld kan beginnen: zet een tekst met ': ' erin tussen aanhalingstekens, of controleer het inspringen",
                "a ':' here, where no field can start: put a text that holds ': ' in quotes, or check the indentation");
        } else if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")
            || problem.startsWith("did not find expected '-'")) {
            message = Text.of("deze regel springt niet in zoals de regels erboven: de velden van één object, en de elementen "
                + "van één lijst, beginnen in dezelfde kolom", "this line is not indented like the lines above it: the fields of one object, and the elements "
                + "of one list, start in the same column");
        } else if (problem.startsWith("expected ',' or '}'")) {
            int opened = lineOf(start, fallbackLine);
            message = Text.of("hier ontbreekt een ',' of '}', binnen de accolades die op regel " + opened + " zijn geopend",
                "a ',' or '}' is missing here, in the braces opened on line " + opened);
        } else if (problem.startsWith("expected ',' or ']'")) {
            int opened = lineOf(start, fallbackLine);
            message = Text.of("hier ontbreekt een ',' of ']', binnen de blokhaken die op regel " + opened + " zijn geopend",
                "a ',' or ']' is missing here, in the brackets opened on line " + opened);
        } else if (problem.contains("unknown escape character")) {
            message = Text.of("een onbekende escape in een tekst tussen dubbele aanhalingstekens: schrijf een backslash als \\\\, of zet de tekst tussen enkele aanhalingstekens (')",
                "an unknown escape in a double-quoted text: write a backslash as \\\\, or quote the text with ' instead");
        } else if (problem.contains("that cannot start any token")) {
            message = Text.of("een waarde kan hier niet met dit teken beginnen: zet de tekst tussen aanhalingstekens",
                "a value cannot start with this character here: put the text in quotes");
        } else {
            String said = statements(context, problem);
            message = Text.of(said.isEmpty() ? "de parser kan dit niet lezen" : "de parser meldt: " + said,
                said.isEmpty() ? "the parser cannot read this" : said);
        }
        int line = at == null ? fallbackLine : at.getLine() + 1;
        int column = at == null ? fallbackColumn : at.getColumn() + 1;
        return new Located(line, column, Text.of("geen geldige YAML: " + message.nl(), "not valid YAML: " + message.en()));
    }

    /**
     * A Jackson JSON error. {@code tokenStart} is where the value being read began (the opening
     * quote of an unclosed text), {@code at} where the parser stopped.
     */
    static Located json(String original, JsonLocation at, JsonLocation tokenStart, int fallbackLine, int fallbackColumn) {
        String m = firstLine(original);
        int line = at == null ? fallbackLine : at.getLineNr();
        int column = at == null ? fallbackColumn : at.getColumnNr();
        Text message;
        Matcher control = CONTROL_CODE.matcher(m);
        Matcher token = TOKEN.matcher(m);
        if (m.contains("closing quote for a string value")) {
            if (tokenStart != null) {
                line = tokenStart.getLineNr();
                column = tokenStart.getColumnNr();
            }
            message = Text.of("hier begint een tekst die niet wordt afgesloten: het afsluitende dubbele aanhalingsteken ontbreekt",
                "a text starts here and is not closed: the closing double quote is missing");
        } else if (m.startsWith("Unexpected end-of-input")) {
            Matcher marker = START_MARKER.matcher(m);
            if (marker.find()) {
                line = Integer.parseInt(marker.group(1));
                column = Integer.parseInt(marker.group(2));
            }
            message = m.contains("Array") ? Text.of("de lijst die hier begint wordt niet afgesloten: er ontbreekt een ']'",
                    "the list that starts here is not closed: a ']' is missing")
                : m.contains("Object") ? Text.of("het object dat hier begint wordt niet afgesloten: er ontbreekt een '}'",
                    "the object that starts here is not closed: a '}' is missing")
                : Text.of("het bestand houdt op midden in een waarde", "the file ends in the middle of a value");
        } else if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            boolean lineBreak = code == '\n' || code == '\r';
            if (lineBreak && tokenStart != null) {
                line = tokenStart.getLineNr();
                column = tokenStart.getColumnNr();
            }
            String escape = String.format("\\u%04x", code);
            message = lineBreak
                ? Text.of("hier begint een tekst die op zijn regel niet wordt afgesloten: het afsluitende dubbele aanhalingsteken ontbreekt "
                    + "(een regeleinde in een tekst schrijft u als \\n)",
                    "a text starts here and is not closed on its line: the closing double quote is missing (a line break inside a text is written \\n)")
                : Text.of("hier staat een stuurteken (" + escape + "): haal het weg, of schrijf het als " + escape + " in een tekst",
                    "a control character (" + escape + ") here: remove it, or write it as " + escape + " inside a text");
        } else if (m.contains("was expecting double-quote to start field name")) {
            boolean closing = m.contains("'}'");
            message = Text.of("hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht" + (closing ? " (staat er een ',' te veel voor de '}'?)" : ""),
                "a field name in double quotes is expected here" + (closing ? " (is there a ',' too many before the '}'?)" : ""));
        } else if (m.contains("comma to separate Object entries")) {
            message = Text.of("er ontbreekt een ',' tussen twee velden, of een '}' aan het einde van het object",
                "a ',' is missing between two fields, or a '}' at the end of the object");
        } else if (m.contains("comma to separate Array entries")) {
            message = Text.of("er ontbreekt een ',' tussen twee elementen, of een ']' aan het einde van de lijst",
                "a ',' is missing between two elements, or a ']' at the end of the list");
        } else if (m.contains("colon to separate field name and value")) {
            message = Text.of("er ontbreekt een ':' na de veldnaam", "a ':' is missing after the field name");
        } else if (m.contains("Leading zeroes not allowed")) {
            message = Text.of("een getal mag niet met 0 beginnen (schrijf 10, niet 010; een code zoals 0014 staat tussen dubbele aanhalingstekens)",
                "a number may not start with 0 (write 10, not 010; a code such as 0014 goes in double quotes)");
        } else if (token.find()) {
            message = Text.of("'" + token.group(1) + "' is hier geen waarde: een tekst staat tussen dubbele aanhalingstekens, een getal is decimaal "
                + "(zoals 12000.50), en true, false en null zijn in kleine letters",
                "'" + token.group(1) + "' is not a value here: a text goes in double quotes, a number is decimal "
                + "(such as 12000.50), and true, false and null are lower case");
        } else if (m.contains("expected a valid value")) {
            message = Text.of("hier wordt een waarde verwacht: een tekst tussen dubbele aanhalingstekens, een decimaal getal, true, false, null, een lijst of een object",
                "a value is expected here: a text in double quotes, a decimal number, true, false, null, a list or an object");
        } else if (m.startsWith("Unexpected close marker")) {
            String bracket = m.contains("']'") ? "']'" : "'}'";
            message = Text.of("deze " + bracket + " sluit niets af dat hier open staat", "this " + bracket + " closes nothing that is open here");
        } else if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF8")) {
            message = Text.of("het bestand is hier geen UTF-8-tekst; sla het op als UTF-8", "the file is not UTF-8 text here; save it as UTF-8");
        } else {
            message = Text.of(m.isEmpty() ? "de parser kan dit niet lezen" : "de parser meldt: " + m, m.isEmpty() ? "the parser cannot read this" : m);
        }
        return new Located(line, column, Text.of("geen geldige JSON: " + message.nl(), "not valid JSON: " + message.en()));
    }

    private static int lineOf(Mark mark, int fallback) {
        return mark == null ? fallback : mark.getLine() + 1;
    }

    /** What we do not recognise: the parser's statements, without its marks and snippets. */
    private static String statements(String context, String problem) {
        List<String> kept = new ArrayList<>();
        if (!context.isBlank()) {
            kept.add(context.strip());
        }
        if (!problem.isBlank()) {
            kept.add(problem.strip());
        }
        return String.join(": ", kept);
    }

    static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
