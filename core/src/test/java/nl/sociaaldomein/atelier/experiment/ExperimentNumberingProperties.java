package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

class ExperimentNumberingProperties {

    private final ExperimentNumbering oostGelre = ExperimentNumbering.anyOf(ExperimentNumbering.plain(")"),
        ExperimentNumbering.yearBased());

    @Test
    void formattingThenParsingGivesTheSameNumber() {
        Gen<ExperimentNumber> numbers = Gen.choose(
            Gen.ints(1, 999_999).map(ExperimentNumber.Plain::new),
            Gen.combine(Gen.ints(2000, 2099), Gen.ints(1, 9999), ExperimentNumber.YearBased::new));
        Property.named("format then parse is the identity").forAll(numbers).check(n ->
            assertThat(oostGelre.parse(oostGelre.format(n)).orElseThrow()).isEqualTo(n));
    }

    @Test
    void anyTextIsEitherReadOrRefusedWithAMessage() {
        Gen<String> texts = Gen.strings("0123456789-) x", 0, 8);
        Property.named("parse never throws; a refusal is one coded problem").forAll(texts).check(text -> {
            boolean sound = oostGelre.parse(text).fold(problems -> problems.size() == 1
                    && problems.get(0).code().equals(ExperimentNumbering.NUMBER_INVALID) && !problems.get(0).message().en().isBlank(),
                number -> oostGelre.parse(oostGelre.format(number)).orElseThrow().equals(number));
            assertThat(sound).as(text).isTrue();
        });
    }
}
