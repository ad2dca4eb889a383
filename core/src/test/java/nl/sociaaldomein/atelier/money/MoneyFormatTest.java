package nl.sociaaldomein.atelier.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void formatsAsTheSourcesWriteMoney() {
        assertThat(MoneyFormat.DUTCH.format(Money.ofEuros(887_685))).isEqualTo("€ 887.685");
        assertThat(MoneyFormat.DUTCH.format(Money.ofEuros(1_000_000))).isEqualTo("€ 1.000.000");
        assertThat(MoneyFormat.DUTCH.format(Money.ofCents(1_200_050))).isEqualTo("€ 12.000,50");
        assertThat(MoneyFormat.ENGLISH.format(Money.ofCents(1_200_050))).isEqualTo("€12,000.50");
    }

    @Test
    void parsesEveryFormTheSourcesUse() {
        assertThat(MoneyFormat.parseDutch("€ 887.685").orElseThrow()).isEqualTo(Money.ofEuros(887_685));
        assertThat(MoneyFormat.parseDutch("€ 2.435").orElseThrow()).isEqualTo(Money.ofEuros(2_435));
        assertThat(MoneyFormat.parseDutch("887.685,-").orElseThrow()).isEqualTo(Money.ofEuros(887_685));
        assertThat(MoneyFormat.parseDutch("€ 12.000,50").orElseThrow()).isEqualTo(Money.ofCents(1_200_050));
        assertThat(MoneyFormat.parseDutch("€ 1.000.000").orElseThrow()).isEqualTo(Money.ofEuros(1_000_000));
        assertThat(MoneyFormat.parseDutch("twaalf euro").isFailed()).isTrue();
    }

    @Test
    void plainFormRejectsFractionsOfACent() {
        assertThat(MoneyFormat.parsePlain("12000.50").orElseThrow()).isEqualTo(Money.ofCents(1_200_050));
        assertThat(MoneyFormat.parsePlain("12000.505").problems().get(0).message(java.util.Locale.ENGLISH)).contains("fraction of a cent");
    }

    @Test
    void aTextThatIsNotAnAmountIsOneCodedProblemInDutchAndEnglish() {
        java.util.Locale dutch = java.util.Locale.forLanguageTag("nl-NL");
        assertThat(MoneyFormat.parsePlain("12000.505").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("money.fraction-of-a-cent");
            assertThat(problem.kind()).isEqualTo(nl.sociaaldomein.atelier.problem.ProblemKind.INVALID);
            assertThat(problem.place()).isEqualTo(nl.sociaaldomein.atelier.problem.Place.NOWHERE);
            assertThat(problem.message(dutch)).isEqualTo("bedrag heeft een fractie van een cent: 12000.505");
            assertThat(problem.message(java.util.Locale.ENGLISH)).isEqualTo("amount has a fraction of a cent: 12000.505");
        });
        assertThat(MoneyFormat.parsePlain("010000").problems()).extracting(p -> p.code()).containsExactly("money.leading-zero");
        assertThat(MoneyFormat.parsePlain("92233720368547758.08").problems()).extracting(p -> p.code()).containsExactly("money.too-large");
        assertThat(MoneyFormat.parseDutch("twaalf euro").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("money.not-an-amount");
            assertThat(problem.message(dutch)).isEqualTo("geen bedrag in euro's: 'twaalf euro' (verwacht bijvoorbeeld € 887.685 of € 12.000,50)");
            assertThat(problem.message(java.util.Locale.ENGLISH))
                .isEqualTo("not an amount in euros: 'twaalf euro' (expected e.g. € 887.685 or € 12.000,50)");
        });
    }
}
