package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import nl.sociaaldomein.atelier.io.support.ProblemCollector;

/**
 * Numbers, tags, long texts, stray characters and unclosed quotes: each is refused in our words,
 * at the line and column where it is, with the JSON path; none is read as something nobody wrote.
 */
class CarelessSyntaxTest {

    private static final String HEAD = """
        format: atelier-portfolio/1
        municipality: {name: Voorbeeld, cbsCode: GM9999}
        initiatives:
          - id: a
            title: Tuin
            applicant: {kind: natural-person, name: P}
        """;

    private static List<Problem> yaml(String text) {
        return PortfolioReader.read("x.yaml", text.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems();
    }

    private static List<Problem> json(String text) {
        return PortfolioReader.read("x.json", text.getBytes(StandardCharsets.UTF_8), InputFormat.JSON).problems();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "010000  | octal",
        "0755    | octal",
        "0b101   | binary",
        "0x3E8   | hexadecimal",
        "1_000   | reads it as 1000",
        "+10     | without a '+'",
        ".inf    | infinity",
        "-.inf   | infinity",
        ".nan    | not a number",
        "1_000.5 | reads it as 1000.5",
        "0777.5  | does not start with 0"})
    void anAmountSpelledAnyOtherWayThanDecimalIsRefusedAtItsPlace(String written, String why) {
        List<Problem> problems = yaml(HEAD + "    requestedAmount: " + written + "\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(FileProblem.describe(p, Locale.ENGLISH)).startsWith("x.yaml:7:22: /initiatives/0/requestedAmount: '" + written + "' is not a decimal number (");
            assertThat(p.message(Locale.ENGLISH)).contains(why).contains("such as 10000 or 12000.50");
        });
    }

    @Test
    void aNumberSpelledOtherwiseIsRefusedWhereATextIsExpectedToo() {
        // An id of 0x1F would otherwise be the id "31".
        List<Problem> problems = yaml(HEAD.replace("id: a", "id: 0x1F"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH))
            .startsWith("x.yaml:4:9: /initiatives/0/id: '0x1F' is not a decimal number (YAML reads it as a hexadecimal number)"));
    }

    @Test
    void aQuotedAmountWithALeadingZeroIsRefusedLikeTheUnquotedOne() {
        List<Problem> problems = yaml(HEAD + "    requestedAmount: \"010000\"\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("starts with 0", "such as 10000"));
    }

    @Test
    void plainDecimalsStillRead() {
        String file = HEAD + "    requestedAmount: 10000.50\n  - {id: b, title: B, applicant: {kind: natural-person, name: P}, requestedAmount: 0}\n";
        assertThat(PortfolioReader.read("x.yaml", file.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).orElseThrow()
            .initiatives().get(0).requestedAmount().orElseThrow().cents()).isEqualTo(1_000_050);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "!!java.lang.Object {}                              | !!java.lang.Object",
        "!!javax.script.ScriptEngineManager [x]             | !!javax.script.ScriptEngineManager",
        "!evil Tuin                                         | !evil",
        "!!str Tuin                                         | !!str"})
    void anExplicitYamlTagIsRefusedWithItsPlace(String value, String tag) {
        List<Problem> problems = yaml(HEAD.replace("title: Tuin", "title: " + value));
        assertThat(problems).anySatisfy(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH))
            .isEqualTo("x.yaml:5:12: /initiatives/0/title: a YAML tag (" + tag + ") is not read here; remove it (and quote a text)"));
    }

    @Test
    void aTextOverTheLimitIsRefusedInOurWordsAtItsPlace() {
        List<Problem> problems = yaml(HEAD.replace("title: Tuin", "title: " + "x".repeat(100_001)));
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH))
            .isEqualTo("x.yaml:5:12: /initiatives/0/title: a text of 100001 characters, longer than the limit of 100000"));
        List<Problem> inJson = json("{\"format\": \"atelier-portfolio/1\", \"title\": \"" + "x".repeat(100_001) + "\"}");
        assertThat(inJson).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH))
            .isEqualTo("x.json:1:44: /title: a text of 100001 characters, longer than the limit of 100000"));
    }

    @Test
    void aControlCharacterIsPlacedOnItsOwnLineWithThePathOfItsValue() {
        String file = HEAD + "    note: \"ok\"\n    description: Een\u0000tuin\n";
        List<Problem> problems = yaml(file);
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).isEqualTo(
            "x.yaml:8:21: /initiatives/0/description: a control character (\\u0000) that YAML does not allow in a file; "
                + "remove it (inside double quotes it may be written as \\u0000)"));
    }

    @Test
    void anUnclosedQuoteIsPlacedAtTheQuoteNotAtTheEndOfTheFile() {
        List<Problem> problems = yaml(HEAD.replace("title: Tuin", "title: \"Tuin") + "    note: x\n    description: y\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).isEqualTo(
            "x.yaml:5:12: /initiatives/0/title: not valid YAML: a quoted text starts here and is not closed: the closing quote is missing"));
        List<Problem> inJson = json("{\"format\": \"atelier-portfolio/1\",\n \"title\": \"Tuin}\n");
        assertThat(inJson).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).isEqualTo("x.json:2:11: /title: not valid JSON: a text starts here and is not closed on its line: "
            + "the closing double quote is missing (a line break inside a text is written \\n)"));
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedAtItsPlaceNotReadAsAReplacementCharacter() {
        byte[] windows1252 = "{\"format\": \"atelier-portfolio/1\",\n \"municipality\": {\"name\": \"GrXningen\", \"cbsCode\": \"GM0014\"}}"
            .getBytes(StandardCharsets.UTF_8);
        windows1252[new String(windows1252, StandardCharsets.UTF_8).indexOf('X')] = (byte) 0xF6;
        for (InputFormat format : InputFormat.values()) {
            List<Problem> problems = PortfolioReader.read("x", windows1252, format).problems();
            assertThat(problems).as(format.name()).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).isEqualTo(
                "x:2:30: /municipality/name: the file is not UTF-8 text: byte 0xF6 here is not part of a UTF-8 character; "
                    + "save the file as UTF-8"));
        }
    }

    @Test
    void anUnclosedObjectIsPlacedAtItsBrace() {
        List<Problem> problems = json("{\"format\": \"atelier-portfolio/1\",\n \"municipality\": {\"name\": \"x\",\n \"initiatives\": []\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH))
            .isEqualTo("x.json:2:18: /municipality: not valid JSON: the object that starts here is not closed: a '}' is missing"));
    }

    @Test
    void aMissingColonIsPlacedAtTheLineThatLacksIt() {
        List<Problem> problems = yaml(HEAD.replace("    title: Tuin\n", "    title Tuin\n"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).startsWith("x.yaml:5:5: ")
            .contains("as 'name: value'"));
    }

    @Test
    void aFileWithThousandsOfMistakesKeepsABoundedListAndCountsTheRest() {
        StringBuilder file = new StringBuilder(HEAD);
        for (int i = 0; i < 5_000; i++) {
            file.append("    unknown").append(i).append(": 1\n");
        }
        List<Problem> problems = yaml(file.toString());
        assertThat(problems).hasSize(ProblemCollector.KEPT + 1);
        assertThat(FileProblem.total(problems)).isEqualTo(5_000);
        assertThat(FileProblem.describe(problems.get(0), Locale.ENGLISH)).startsWith("x.yaml:7:15: /initiatives/0/unknown0: unknown field");
        assertThat(FileProblem.describe(problems.get(ProblemCollector.KEPT), Locale.ENGLISH)).isEqualTo("x.yaml: … and 4000 more problems not listed");
    }
}
