package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BundledResourceTest {

    @Test
    void readsADataFileNextToItsAnchorAndNamesAMissingOne() {
        assertThat(new String(BundledResource.bytes(BundledResourceTest.class, "/META-INF/services/nl.sociaaldomein.atelier.profile.MunicipalityProfile"),
            StandardCharsets.UTF_8)).contains("nl.sociaaldomein.atelier.profile");
        assertThatThrownBy(() -> BundledResource.bytes(BundledResourceTest.class, "no-such-register.yaml"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no-such-register.yaml").hasMessageContaining(BundledResourceTest.class.getName());
    }
}
