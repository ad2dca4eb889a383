package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

class CopyOnEditTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void editsLeaveTheOriginalUntouchedAndShareWhatTheyDoNotChange() throws Exception {
        JsonNode original = json("{'a': {'b': [1, 2, 3], 'c': {'d': 4}}, 'e': {'f': 5}}");
        String before = original.toString();
        CopyOnEdit edit = new CopyOnEdit(original);
        edit.remove("/a/b/1");
        edit.replace("/a/c/d", IntNode.valueOf(40));
        edit.remove("/nothing/there");

        JsonNode result = edit.result();
        assertThat(result.toString()).isEqualTo("{\"a\":{\"b\":[1,null,3],\"c\":{\"d\":40}},\"e\":{\"f\":5}}");
        assertThat(original.toString()).isEqualTo(before);
        assertThat(result.get("e")).isSameAs(original.get("e"));
    }

    @Test
    void aPartTakenOutStaysOutWhenSomethingInsideItIsEditedLater() throws Exception {
        JsonNode original = json("{'portfolio': {'initiatives': [{'id': 'a'}]}, 'call': 1}");
        CopyOnEdit edit = new CopyOnEdit(original);
        edit.remove("/portfolio");
        edit.remove("/portfolio/initiatives/0");

        assertThat(edit.result().toString()).isEqualTo("{\"call\":1}");
    }

    @Test
    void nullFieldsAreLeftOutAndATreeWithoutThemIsReturnedAsItIs() throws Exception {
        JsonNode withNulls = json("{'a': null, 'b': [{'c': null, 'd': 1}, null], 'e': {'f': 2}}");
        JsonNode pruned = CopyOnEdit.withoutNullFields(withNulls);
        assertThat(pruned.toString()).isEqualTo("{\"b\":[{\"d\":1},null],\"e\":{\"f\":2}}");
        assertThat(pruned.get("e")).isSameAs(withNulls.get("e"));

        JsonNode clean = json("{'a': [1, {'b': 2}]}");
        assertThat(CopyOnEdit.withoutNullFields(clean)).isSameAs(clean);
    }
}
