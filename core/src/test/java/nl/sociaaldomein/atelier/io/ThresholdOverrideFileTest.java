package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdOverrideFileTest {

    private static final Thresholds PROFILE = Thresholds.of(Map.of("max-per-initiative", "25000", "min-per-initiative", "1000"));

    private static Result<ThresholdOverrides> yaml(String text) {
        return ThresholdOverrideFile.parse("next-year.yaml", text.getBytes(StandardCharsets.UTF_8), InputFormat.YAML,
            "sample", PROFILE);
    }

    @Test
    void readsTheValuesWithWhereEachWasWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("next-year.yaml");
        Files.writeString(file, "profile: sample\nthresholds:\n  max-per-initiative: 30000\n  reserve-for-later-percent: 10\n");

        ThresholdOverrides overrides = ThresholdOverrideFile.read(file, "sample", PROFILE).orElseThrow();

        assertThat(overrides.values()).isEqualTo(Map.of(ThresholdKey.MAX_PER_INITIATIVE, "30000",
            ThresholdKey.RESERVE_FOR_LATER_PERCENT, "10"));
        assertThat(overrides.origin(ThresholdKey.MAX_PER_INITIATIVE)).hasValue(file + ":3:23");
    }

    @Test
    void reportsEveryProblemWithItsPlace() {
        List<Problem> problems = yaml("profile: elsewhere\nthresholds:\n  max-per-initiatve: 30000\n"
            + "  reserve-for-pending: ja\n  reserve-for-later-percent: 120\n  min-per-initiative: -3\n").problems();

        assertThat(problems).extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
            "next-year.yaml:1:10: /profile: this file is for profile 'elsewhere', not 'sample'",
            "next-year.yaml:6:23: /thresholds/min-per-initiative: amount must not be negative: -3",
            "next-year.yaml:4:24: /thresholds/reserve-for-pending: expected true or false, found the text 'ja'",
            "next-year.yaml:5:30: /thresholds/reserve-for-later-percent: expected a whole percentage from 0 to 100, found '120'",
            "next-year.yaml:3:22: /thresholds/max-per-initiatve: unknown field 'max-per-initiatve'; did you mean "
                + "'max-per-initiative'? (known fields: max-per-initiative, min-per-initiative, above-maximum, "
                + "reserve-for-pending, reserve-for-later-percent, accountability-tiers)");
    }

    @Test
    void aValueThatBreaksTheProfilesOwnThresholdsIsReportedWhereItStands() {
        assertThat(yaml("profile: sample\nthresholds:\n  min-per-initiative: 40000\n").problems())
            .extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
                "next-year.yaml:3:23: /thresholds/min-per-initiative: must not be more than max-per-initiative (25000), is 40000");
        assertThat(yaml("profile: sample\nthresholds:\n  max-per-initiative: 500\n").problems())
            .extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
                "next-year.yaml:3:3: /thresholds: thresholds.min-per-initiative: must not be more than max-per-initiative "
                    + "(500), is 1000 (the profile's own value, with this file's values)");
    }

    @Test
    void aFileWithoutThresholdsOrProfileIsRefused() {
        assertThat(yaml("thresholds: {}\n").problems()).extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
            "next-year.yaml:1:1: /profile: required field 'profile' is missing",
            "next-year.yaml:1:13: /thresholds: sets no thresholds; known keys: max-per-initiative, min-per-initiative, "
                + "above-maximum, reserve-for-pending, reserve-for-later-percent, accountability-tiers");
    }
}
