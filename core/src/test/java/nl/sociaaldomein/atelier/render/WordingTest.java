package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Percentage;
import org.junit.jupiter.api.Test;

class WordingTest {

    private final RenderOptions dutch = RenderOptions.defaults();
    private final RenderOptions english = RenderOptions.defaults().withLocale(Locale.ENGLISH);

    @Test
    void dutchIsTheDefaultAndWritesAsTheSources() {
        assertThat(Wording.money(Money.ofEuros(887_685), dutch)).isEqualTo("€ 887.685");
        assertThat(Wording.date(PartialDate.parse("30-6-2016").orElseThrow(), dutch)).isEqualTo("30-06-2016");
        assertThat(Wording.date(PartialDate.parse("Maart 2018").orElseThrow(), dutch)).isEqualTo("maart 2018");
        assertThat(Wording.date(PartialDate.parse("2016").orElseThrow(), dutch)).isEqualTo("2016");
        assertThat(Wording.date(PartialDate.unknown(), dutch)).isEmpty();
        assertThat(Wording.percentage(Percentage.of(Money.ofEuros(887_685), Money.ofEuros(1_000_000)), dutch))
            .isEqualTo("88,8%");
        assertThat(Wording.count(1_234_567, dutch)).isEqualTo("1.234.567");
        assertThat(Wording.count(Long.MIN_VALUE, dutch)).isEqualTo("-9.223.372.036.854.775.808");
        assertThat(Wording.cell(Cell.label(Label.TOTAL), dutch)).isEqualTo("Totaal");
        assertThat(Wording.cell(Cell.mark(true), dutch)).isEqualTo("x");
        assertThat(Wording.cell(Cell.mark(false), dutch)).isEmpty();
    }

    @Test
    void englishIsAvailable() {
        assertThat(Wording.money(Money.ofCents(1_200_050), english)).isEqualTo("€12,000.50");
        assertThat(Wording.date(PartialDate.parse("30-6-2016").orElseThrow(), english)).isEqualTo("30 June 2016");
        assertThat(Wording.date(PartialDate.parse("Maart 2018").orElseThrow(), english)).isEqualTo("March 2018");
        assertThat(Wording.percentage(Percentage.of(1, 3), english)).isEqualTo("33.3%");
        assertThat(Wording.count(1_234, english)).isEqualTo("1,234");
        assertThat(Wording.cell(Cell.label(Label.TOTAL), english)).isEqualTo("Total");
    }

    @Test
    void otherLocalesFallBackToDutch() {
        RenderOptions german = dutch.withLocale(Locale.GERMAN);
        assertThat(Wording.cell(Cell.label(Label.TOTAL), german)).isEqualTo("Totaal");
        assertThat(german.languageTag()).isEqualTo("nl-NL");
    }
}
