package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * Checks a register's published rows for inconsistencies and reports them, one warning per row and
 * kind; the data stays as published (several rows of Oost Gelre's 2018 table mark years outside
 * their start and end dates). Experiments without a published row are not checked for year marks.
 */
final class DataQualityCheck {

    private DataQualityCheck() {
    }

    static List<DataQualityWarning> check(ExperimentRegister register) {
        List<DataQualityWarning> out = new ArrayList<>();
        for (Experiment e : register.experiments()) {
            String number = e.published().map(PublishedRow::number).orElse(e.number().toString());
            endBeforeStart(e, number).ifPresent(out::add);
            e.published().ifPresent(row -> {
                yearsMarkedOutside(e, row, number).ifPresent(out::add);
                yearsNotMarked(e, row, register, number).ifPresent(out::add);
            });
            register.reportDate().flatMap(day -> statusAgainstDates(e, day, number)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<DataQualityWarning> endBeforeStart(Experiment e, String number) {
        if (!e.start().isKnown() || !e.plannedEnd().isKnown()
                || !e.plannedEnd().latest().orElseThrow().isBefore(e.start().earliest().orElseThrow())) {
            return Optional.empty();
        }
        return Optional.of(new DataQualityWarning(number, DataQualityWarning.Kind.END_BEFORE_START,
            "einddatum " + e.plannedEnd().toDutch() + " ligt voor startdatum " + e.start().toDutch(),
            "end date " + e.plannedEnd() + " is before start date " + e.start()));
    }

    private static Optional<DataQualityWarning> yearsMarkedOutside(Experiment e, PublishedRow row, String number) {
        Optional<Integer> first = e.start().year();
        Optional<Integer> last = e.plannedEnd().year();
        List<Integer> outside = row.yearsMarked().stream()
            .filter(y -> first.map(f -> y < f).orElse(false) || last.map(l -> y > l).orElse(false)).toList();
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        String period = period(row);
        return Optional.of(new DataQualityWarning(number, DataQualityWarning.Kind.YEARS_MARKED_OUTSIDE_PERIOD,
            "jaar " + years(outside) + " aangekruist buiten de looptijd " + period,
            "year " + years(outside) + " marked outside the period " + period));
    }

    private static Optional<DataQualityWarning> yearsNotMarked(Experiment e, PublishedRow row, ExperimentRegister register,
            String number) {
        Optional<Integer> first = e.start().year();
        Optional<Integer> last = e.plannedEnd().year().or(() -> register.reportDate().map(LocalDate::getYear));
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> missing = register.yearColumns().stream()
            .filter(y -> y >= first.get() && y <= last.get() && !row.marks(y)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String period = period(row);
        return Optional.of(new DataQualityWarning(number, DataQualityWarning.Kind.YEARS_NOT_MARKED_WHILE_RUNNING,
            "jaar " + years(missing) + " niet aangekruist, maar binnen de looptijd " + period,
            "year " + years(missing) + " not marked, though within the period " + period));
    }

    private static Optional<DataQualityWarning> statusAgainstDates(Experiment e, LocalDate day, String number) {
        ExperimentState state = e.state(); // the status as published, against the dates as published
        String outcome = e.published().map(PublishedRow::outcome).orElse(state.toString());
        boolean extendedTo = e.lifecycle().plannedEnd().isKnown() && !e.lifecycle().plannedEnd().equals(e.plannedEnd());
        PartialDate end = extendedTo ? e.lifecycle().plannedEnd() : e.plannedEnd();
        String endText = extendedTo ? end.toDutch() : publishedEnd(e);
        String startText = e.published().map(PublishedRow::start).orElse(e.start().toDutch());
        String on = PartialDate.of(day).toDutch();
        if (state.isRunning() && end.isKnown() && end.latest().orElseThrow().isBefore(day)) {
            return warn(number, "status '" + outcome + "' maar einddatum " + endText + " ligt voor " + on,
                "status '" + outcome + "' but end date " + endText + " is before " + on);
        }
        if (state.isEnded() && !successorRunning(e) && e.plannedEnd().isKnown()
                && e.plannedEnd().earliest().orElseThrow().isAfter(day)) {
            return warn(number, "status '" + outcome + "' maar einddatum " + publishedEnd(e) + " ligt na " + on,
                "status '" + outcome + "' but end date " + publishedEnd(e) + " is after " + on);
        }
        if (state != ExperimentState.IN_PREPARATION && e.start().isKnown() && e.start().earliest().orElseThrow().isAfter(day)) {
            return warn(number, "status '" + outcome + "' maar startdatum " + startText + " ligt na " + on,
                "status '" + outcome + "' but start date " + startText + " is after " + on);
        }
        return Optional.empty();
    }

    /** A split whose successor still runs may carry that successor's end date (row 1 of Oost Gelre's table). */
    private static boolean successorRunning(Experiment e) {
        return e.lifecycle().history().stream().map(LifecycleStep::transition)
            .filter(t -> t instanceof Transition.Split).map(t -> (Transition.Split) t)
            .anyMatch(split -> split.successors().stream().anyMatch(s -> s.lifecycle().state().isRunning()));
    }

    private static String publishedEnd(Experiment e) {
        return e.published().map(PublishedRow::end).orElse(e.plannedEnd().toDutch());
    }

    private static String period(PublishedRow row) {
        return row.start() + " – " + (row.end().isEmpty() ? "?" : row.end());
    }

    private static Optional<DataQualityWarning> warn(String number, String dutch, String english) {
        return Optional.of(new DataQualityWarning(number, DataQualityWarning.Kind.STATUS_CONTRADICTS_DATES, dutch, english));
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
