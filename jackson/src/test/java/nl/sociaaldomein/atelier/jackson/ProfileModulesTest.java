package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The profile SPI's {@code jacksonModules()} is read: a mapper made for a profile registers the
 * profile's own modules, and so does the module a host registers for that profile; that module
 * also knows the profile's frameworks, so its assessments and decisions read back.
 */
class ProfileModulesTest {

    /** A value of a profile's own: a neighbourhood code, which the profile writes as "wijk 7". */
    record Wijk(int number) {
    }

    /** A fictional profile with a Jackson module of its own, writing English by default. */
    public static final class Testdorp extends AbstractMunicipalityProfile {
        public Testdorp() {
            super("testdorp", "Testdorp", "GM9998", Locale.ENGLISH);
        }

        @Override
        protected void configure() {
            ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(10_000));
            bind(PlanningCalendar.class).toInstance(PlanningCalendar.of(new ReportingMoment("annual-accounts",
                new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL)));
        }

        @Override
        public List<Module> jacksonModules() {
            return List.of(new SimpleModule("testdorp").addSerializer(Wijk.class, new StdSerializer<>(Wijk.class) {
                @Override
                public void serialize(Wijk wijk, JsonGenerator json, SerializerProvider provider) throws IOException {
                    json.writeString("wijk " + wijk.number());
                }
            }));
        }
    }

    private static final LoadedProfile TESTDORP = Atelier.profile(new Testdorp());

    @Test
    void aMapperForAProfileRegistersTheProfilesModules() throws IOException {
        ObjectMapper mapper = AtelierJacksonModule.mapperFor(TESTDORP);
        assertThat(mapper.writeValueAsString(new Wijk(7))).isEqualTo("\"wijk 7\"");
        assertThat(mapper.getRegisteredModuleIds()).contains("testdorp");
    }

    @Test
    void aHostsMapperGetsThemWithTheProfilesModule() throws IOException {
        ObjectMapper host = new ObjectMapper().registerModule(AtelierJacksonModule.withProfile(TESTDORP));
        assertThat(host.writeValueAsString(List.of(new Wijk(7), new Wijk(8)))).isEqualTo("[\"wijk 7\",\"wijk 8\"]");
        // The profile's language is the default language of the text fields.
        assertThat(host.writeValueAsString(Money.ofEuros(887_685))).contains("\"text\":\"€887,685\"");
    }

    @Test
    void aProfilesAssessmentsAndDecisionsReadBackWithItsModule() {
        ObjectMapper groningen = AtelierJacksonModule.mapperFor(Atelier.profile("groningen"));
        Property.named("Groningen's assessments and decisions read back through the profile's mapper")
            .tries(200)
            .forAll(ValueGen.decisions().filter(d -> !d.motivation().assessment().framework().id().equals("test-framework")))
            .check(decision -> {
                try {
                    String json = groningen.writeValueAsString(decision);
                    assertThat(groningen.readValue(json, Decision.class)).isEqualTo(decision);
                    AssessmentResult assessment = decision.motivation().assessment();
                    assertThat(groningen.readValue(groningen.writeValueAsString(assessment), AssessmentResult.class)).isEqualTo(assessment);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
    }
}
