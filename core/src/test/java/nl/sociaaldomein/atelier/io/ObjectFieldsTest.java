package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;

class ObjectFieldsTest {

    private static ReadContext yaml(String text) {
        LocatedDocument doc = LocatedDocument.parse("test.yaml", text.getBytes(StandardCharsets.UTF_8),
            InputFormat.YAML, ReadLimits.DEFAULT).orElseThrow();
        return new ReadContext(doc);
    }

    @Test
    void reportsEveryProblemWithLineColumnAndPath() {
        ReadContext context = yaml("name: Groningen\nbudget: -5\nkind: stichtng\ntitel: x\n");
        ObjectFields root = context.root();
        root.requiredText("name");
        root.money("budget");
        Map<String, Integer> kinds = new LinkedHashMap<>();
        kinds.put("stichting", 1);
        kinds.put("vereniging", 2);
        root.choice("kind", kinds);
        root.requiredText("title");
        root.done();

        assertThat(context.problems()).extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
            "test.yaml:2:9: /budget: amount must not be negative: -5",
            "test.yaml:3:7: /kind: unknown value 'stichtng' (did you mean 'stichting'?); allowed: stichting, vereniging",
            "test.yaml:1:1: /title: required field 'title' is missing",
            "test.yaml:4:8: /titel: unknown field 'titel'; did you mean 'title'? (known fields: name, budget, kind, title)");
    }

    @Test
    void refusesMalformedEmptyDuplicateAndDeeplyNestedInput() {
        assertThat(FileProblem.describe(LocatedDocument.parse("a.json", "{\"a\": }".getBytes(StandardCharsets.UTF_8), InputFormat.JSON,
            ReadLimits.DEFAULT).problems().get(0), Locale.ENGLISH)).startsWith("a.json:1:7: not valid JSON");
        assertThat(LocatedDocument.parse("a.json", "  \n".getBytes(StandardCharsets.UTF_8), InputFormat.JSON,
            ReadLimits.DEFAULT).problems().get(0).message(Locale.ENGLISH)).isEqualTo("the file is empty");
        List<Problem> duplicate = LocatedDocument.parse("a.yaml", "a: 1\nb: 2\na: 3\n".getBytes(StandardCharsets.UTF_8),
            InputFormat.YAML, ReadLimits.DEFAULT).problems();
        assertThat(FileProblem.describe(duplicate.get(0), Locale.ENGLISH)).isEqualTo("a.yaml:3:1: /a: field 'a' appears twice in one object (first on line 1)");
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThat(LocatedDocument.parse("deep.json", deep.getBytes(StandardCharsets.UTF_8), InputFormat.JSON,
            ReadLimits.DEFAULT).problems().get(0).message(Locale.ENGLISH)).contains("too deeply nested");
    }

    @Test
    void readsMoneyExactlyAndRefusesFractionsOfACentAndOverflow() {
        ReadContext context = yaml("a: 12000.50\nb: 0.001\nc: 999999999999999999999\n");
        ObjectFields root = context.root();
        assertThat(root.money("a")).hasValueSatisfying(m -> assertThat(m.cents()).isEqualTo(1_200_050));
        assertThat(root.money("b")).isEmpty();
        assertThat(root.money("c")).isEmpty();
        assertThat(context.problems()).extracting((Problem p) -> p.message(Locale.ENGLISH))
            .containsExactly("amount has a fraction of a cent: 0.001", "amount is too large: 999999999999999999999");
    }

    @Test
    void aMissingFileAndAFolderAreNamedForWhatTheyAre(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThat(LocatedDocument.read(dir.resolve("nope.yaml"), ReadLimits.DEFAULT).problems().get(0).message(Locale.ENGLISH))
            .isEqualTo("file not found");
        assertThat(LocatedDocument.read(dir, ReadLimits.DEFAULT).problems().get(0).message(Locale.ENGLISH))
            .isEqualTo("is a folder, not a file");
    }
}
