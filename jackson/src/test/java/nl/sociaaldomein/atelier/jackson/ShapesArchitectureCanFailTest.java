package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.example.jackson.shape.KnowsJackson;
import org.junit.jupiter.api.Test;

/** The shapes' architecture rule fails on a shape that imports Jackson, so it is not vacuous. */
class ShapesArchitectureCanFailTest {

    @Test
    void aShapeThatImportsJacksonBreaksTheRule() {
        JavaClasses breaking = new ClassFileImporter().importClasses(KnowsJackson.class, com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(ShapesArchitectureTest.shapes_import_no_json_library.evaluate(breaking).getFailureReport().getDetails())
            .anySatisfy(line -> assertThat(line).contains(KnowsJackson.class.getName()).contains("JsonNode"));
    }
}
