package nl.sociaaldomein.atelier.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

/** The direct path of {@link Timestamps} gives exactly what the ISO formatter gives, both ways. */
class TimestampsTest {

    private static final DateTimeFormatter REFERENCE =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** Microsecond moments from before year 0 to after 9999, most of them in the years records have. */
    private static final Gen<Instant> MOMENTS = Gen.frequency(List.of(
        Gen.weighted(8, Gen.combine(Gen.longs(-62_167_219_200L, 253_402_300_799L), Gen.longs(0, 999_999),
            (second, micros) -> Instant.ofEpochSecond(second, micros * 1000))),
        Gen.weighted(1, Gen.combine(Gen.longs(-100_000_000_000L, 100_000_000_000L), Gen.longs(0, 999_999),
            (second, micros) -> Instant.ofEpochSecond(second, micros * 1000))),
        Gen.weighted(1, Gen.oneOf(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999Z"), Instant.parse("2016-02-29T23:59:59.000001Z")))));

    @Test
    void format_and_parse_agree_with_the_iso_formatter_for_any_moment() {
        Property.named("Timestamps agree with DateTimeFormatter").forAll(MOMENTS).check(moment -> {
            String text = Timestamps.format(moment);
            assertThat(text).isEqualTo(REFERENCE.format(moment));
            assertThat(Timestamps.parse(text)).isEqualTo(moment);
        });
    }

    @Test
    void a_text_that_is_not_a_moment_is_refused_as_before() {
        assertThat(Timestamps.parse("2016-07-05T09:30:00Z")).isEqualTo(Instant.parse("2016-07-05T09:30:00Z"));
        assertThatThrownBy(() -> Timestamps.parse("2016-02-30T09:30:00.000000Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2016-07-05T24:30:00.000000Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2016-07-05T09:3a:00.000000Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).isInstanceOf(DateTimeParseException.class);
    }
}
