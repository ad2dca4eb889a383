package nl.sociaaldomein.atelier.profile.hoogeveen;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import nl.sociaaldomein.atelier.io.InputProblem;
import nl.sociaaldomein.atelier.io.ThresholdOverrideFile;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.Thresholds;
import org.junit.jupiter.api.Test;

/** A municipality that changes its maximum next year does so in a file, without code. */
class HoogeveenOverrideTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HoogeveenOverrideTest.class.getResource(name).toURI());
    }

    private static Either<List<InputProblem>, ThresholdOverrides> read(Path file) {
        Thresholds own = Profiles.load("hoogeveen").getInstance(Thresholds.class);
        return ThresholdOverrideFile.read(file, "hoogeveen", own);
    }

    @Test
    void anOverrideFileChangesTheMaximumInTheInjectedThresholds() throws URISyntaxException {
        ThresholdOverrides overrides = read(resource("hoogeveen-2027.yaml")).get();

        Thresholds thresholds = Profiles.load("hoogeveen", overrides).getInstance(Thresholds.class);

        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(30_000));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ofEuros(500));
        assertThat(Profiles.load("hoogeveen").getInstance(Thresholds.class).maxPerInitiative())
            .as("the profile itself is unchanged").isEqualTo(Money.ofEuros(25_000));
    }

    @Test
    void aBrokenOverrideFileIsRejectedWithItsLocation() throws URISyntaxException {
        Path file = resource("hoogeveen-broken.yaml");

        List<InputProblem> problems = read(file).getLeft();

        assertThat(problems).extracting(InputProblem::toString).containsExactly(
            file + ":4:27: /thresholds/maximum-per-initiative: unknown field 'maximum-per-initiative'; did you mean "
                + "'max-per-initiative'? (known fields: max-per-initiative, min-per-initiative, reserve-for-pending, "
                + "reserve-for-later-percent, accountability-tiers)",
            file + ":5:23: /thresholds/min-per-initiative: must not be more than max-per-initiative (25000), is 40000");
    }
}
