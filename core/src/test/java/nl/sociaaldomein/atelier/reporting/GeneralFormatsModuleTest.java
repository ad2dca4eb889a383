package nl.sociaaldomein.atelier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import nl.sociaaldomein.atelier.profile.Profiles;
import org.junit.jupiter.api.Test;

/** Every profile gets the general formats, whatever it binds itself (core's fictional test profile "sample" binds none). */
class GeneralFormatsModuleTest {

    @Test
    void aLoadedProfileHasTheFourGeneralFormats() {
        Injector injector = Profiles.load("sample");
        Map<String, ReportFormat> formats = injector.getInstance(Key.get(new TypeLiteral<Map<String, ReportFormat>>() { }));
        assertThat(formats).containsOnlyKeys("decisions", "budget-overview", "round-overview", "experiment-register");
        formats.forEach((id, format) -> assertThat(format.id()).isEqualTo(id));
    }

    @Test
    void everyGeneralFormatIsKnownAsGeneralAndNoOtherIdIs() {
        assertThat(GeneralFormats.all()).allSatisfy(format -> assertThat(GeneralFormats.isGeneral(format.id())).isTrue());
        assertThat(GeneralFormats.isGeneral("grants-annex")).isFalse();
    }
}
