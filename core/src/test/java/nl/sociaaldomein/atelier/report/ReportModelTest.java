package nl.sociaaldomein.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void aRowMustHaveACellPerColumn() {
        assertThatThrownBy(() -> Table.builder().title("annex").addColumns(Column.of("a"), Column.of("b"))
            .addRows(Row.of(Cell.text("only one"))).build())
            .hasMessage("table annex: row 1 has 1 cells, the table has 2 columns");
    }

    @Test
    void moneyTotalAddsTheAmountsOfABodyColumnExactly() {
        Table table = Table.builder().addColumns(Column.of("bedrag"))
            .addRows(Row.of(Cell.money(Money.ofEuros(25_000))), Row.of(Cell.empty()), Row.of(Cell.money(Money.ofCents(1))))
            .build();
        assertThat(table.moneyTotal(0)).isEqualTo(Money.ofCents(2_500_001));
    }

    @Test
    void percentagesRoundHalfUpToOneDecimal() {
        assertThat(Percentage.of(887_685, 1_000_000).percent()).hasToString("88.8");
        assertThat(Percentage.of(1, 2000).percent()).hasToString("0.1");
        assertThat(Percentage.of(Long.MAX_VALUE, 1).percent().signum()).isPositive();
        assertThatThrownBy(() -> Percentage.of(1, 0)).hasMessageContaining("positive whole");
    }

    @Test
    void aPotKnowsWhatRemainsAndMayBeOvercommitted() {
        BudgetUseChart.Pot pot = new BudgetUseChart.Pot("Wmo", Money.ofEuros(1_000_000), Money.ofEuros(887_685),
            Money.ofEuros(150_000));
        assertThat(pot.remaining()).isEqualTo(Money.ofEuros(-37_685));
        assertThatThrownBy(() -> new BudgetUseChart.Pot("x", Money.ZERO, Money.ofCents(-1), Money.ZERO))
            .hasMessageContaining("granted must not be negative");
    }

    @Test
    void aTimelineSpansTheYearsOfItsDatesAndItsReportDate() {
        TimelineChart chart = TimelineChart.asOf(LocalDate.of(2018, 9, 12), List.of(
            new TimelineChart.Span("a", PartialDate.parse("2-9-2014").orElseThrow(), PartialDate.parse("31-12-2015").orElseThrow()),
            new TimelineChart.Span("b", PartialDate.parse("1-4-2018").orElseThrow(), PartialDate.unknown())));
        assertThat(chart.firstYear()).contains(2014);
        assertThat(chart.lastYear()).contains(2018);
        assertThat(chart.rows().get(1).isOpenEnded()).isTrue();
        assertThat(TimelineChart.of(List.of()).firstYear()).isEmpty();
    }

    @Test
    void reportListsItsTables() {
        Table table = Table.builder().addColumns(Column.of(Label.TOTAL)).build();
        Report report = Report.builder().title("r").addSections(Section.of("s", new Paragraph("p"), table)).build();
        assertThat(report.tables()).containsExactly(table);
        assertThat(report.metadata()).isEqualTo(ReportMetadata.none());
    }
}
