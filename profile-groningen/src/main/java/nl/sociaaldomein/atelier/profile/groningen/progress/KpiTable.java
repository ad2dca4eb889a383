package nl.sociaaldomein.atelier.profile.groningen.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Percentage;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;

/**
 * One row per KPI: target and deadline, the latest measurement, progress as a share of the target,
 * the value expected by the measurement's date on a straight line from the period's start, and the
 * verdict ({@link OnTrack}: on track when measured ≥ expected, decided in whole numbers).
 */
final class KpiTable {

    private KpiTable() {
    }

    static Table of(List<Experiment> experiments, ProvenanceMap provenance, Locale locale) {
        Provenance computed = Provenance.computed(ProgressWords.in(locale, "uit doel, periode en meting: verwacht = doel × verstreken "
            + "dagen / dagen van de periode", "from target, period and measurement: expected = target × days elapsed / days in the period"));
        List<Row> rows = new ArrayList<>();
        for (Experiment e : experiments) {
            for (Kpi kpi : e.kpis()) {
                OnTrack verdict = kpi.onTrack();
                Row row = Row.of(Cell.text(HalfYearProgress.number(e)), Cell.text(e.name()), Cell.text(kpi.name()),
                    Cell.count(kpi.target()), Cell.date(kpi.deadline()),
                    kpi.latest().map(m -> Cell.count(m.value())).orElse(Cell.empty()),
                    kpi.latest().map(Measurement::on).map(Cell::date).orElse(Cell.empty()),
                    kpi.progress().map(p -> Cell.percentage(Percentage.of(p.actual(), p.target()))).orElse(Cell.empty()),
                    verdict.expected(2).map(x -> Cell.text(ProgressWords.decimal(x, locale))).orElse(Cell.empty()),
                    Cell.text(ProgressWords.onTrack(verdict.verdict()).in(locale)))
                    .from(7, computed).from(8, computed);
                rows.add(provenance.of("experiments", HalfYearProgress.number(e), "kpis").map(row::from).orElse(row));
            }
        }
        return Table.builder().title(ProgressWords.in(locale, "Prestatie-indicatoren", "Key performance indicators"))
            .addColumns(Column.of(ProgressWords.in(locale, "nr", "no.")), Column.of(ProgressWords.in(locale, "project", "project")),
                Column.of(ProgressWords.in(locale, "indicator", "indicator")), Column.of(ProgressWords.in(locale, "doel", "target")),
                Column.of(ProgressWords.in(locale, "uiterlijk", "deadline")), Column.of(ProgressWords.in(locale, "gemeten", "measured")),
                Column.of(ProgressWords.in(locale, "meetdatum", "measured on")),
                Column.of(ProgressWords.in(locale, "voortgang", "progress")),
                Column.of(ProgressWords.in(locale, "verwacht op meetdatum", "expected by then")),
                Column.of(ProgressWords.in(locale, "oordeel", "verdict")))
            .addAllRows(rows).build();
    }
}
