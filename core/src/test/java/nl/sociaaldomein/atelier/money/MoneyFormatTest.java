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
        assertThat(MoneyFormat.parseDutch("€ 887.685").get()).isEqualTo(Money.ofEuros(887_685));
        assertThat(MoneyFormat.parseDutch("€ 2.435").get()).isEqualTo(Money.ofEuros(2_435));
        assertThat(MoneyFormat.parseDutch("887.685,-").get()).isEqualTo(Money.ofEuros(887_685));
        assertThat(MoneyFormat.parseDutch("€ 12.000,50").get()).isEqualTo(Money.ofCents(1_200_050));
        assertThat(MoneyFormat.parseDutch("€ 1.000.000").get()).isEqualTo(Money.ofEuros(1_000_000));
        assertThat(MoneyFormat.parseDutch("twaalf euro").isLeft()).isTrue();
    }

    @Test
    void plainFormRejectsFractionsOfACent() {
        assertThat(MoneyFormat.parsePlain("12000.50").get()).isEqualTo(Money.ofCents(1_200_050));
        assertThat(MoneyFormat.parsePlain("12000.505").getLeft()).contains("fraction of a cent");
    }
}
