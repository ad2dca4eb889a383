package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFileNameDecidesWhenItSays() {
        assertThat(InputFormat.forFile("round.yml", bytes("{}"))).isEqualTo(InputFormat.YAML);
        assertThat(InputFormat.forFile("round.JSON", bytes("a: 1"))).isEqualTo(InputFormat.JSON);
    }

    @Test
    void otherwiseTheContentDecides() {
        assertThat(InputFormat.forFile("round.txt", bytes("format: atelier-round/1\n"))).isEqualTo(InputFormat.YAML);
        assertThat(InputFormat.forFile("round", bytes("\ufeff  \n{\"format\": 1}"))).isEqualTo(InputFormat.JSON);
        assertThat(InputFormat.forFile("round", bytes("[1]"))).isEqualTo(InputFormat.JSON);
    }
}
