package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;

/**
 * A municipality's register of experiments, in published order, answering for any date what was
 * running, what had ended and how, and which reviews were due or overdue.
 *
 * @param reportDate  the date the register speaks for (the memo's date), when it has one
 * @param yearColumns the years the published table has a column for (2014–2018 in Oost Gelre)
 * @param provenance  where the register's values come from, per block, experiment or value
 *                    (paths such as {@code experiments/14-3/end})
 * @param source      the document the register is published in
 * @param experiments the experiments, in published order
 */
public record ExperimentRegister(RegisterSource source, Optional<LocalDate> reportDate, List<Integer> yearColumns,
        List<Experiment> experiments, ProvenanceMap provenance) {

    /**
     * A register whose data says nothing of where its values come from.
     *
     * @param source      the document the register is published in
     * @param reportDate  the day the register speaks for, if it says
     * @param yearColumns the years the published table has a column for
     * @param experiments the experiments, in published order
     */
    public ExperimentRegister(RegisterSource source, Optional<LocalDate> reportDate, List<Integer> yearColumns,
            List<Experiment> experiments) {
        this(source, reportDate, yearColumns, experiments, ProvenanceMap.empty());
    }

    /**
     * Checks that no component is missing, keeps copies of the lists and checks that no number occurs twice.
     *
     * @param source      the document the register is published in
     * @param reportDate  the date the register speaks for (the memo's date), when it has one
     * @param yearColumns the years the published table has a column for (2014–2018 in Oost Gelre)
     * @param experiments the experiments, in published order
     * @param provenance  where the register's values come from, per block, experiment or value
     * @throws IllegalArgumentException when two experiments share a number
     */
    public ExperimentRegister {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportDate, "reportDate");
        yearColumns = List.copyOf(yearColumns);
        experiments = List.copyOf(experiments);
        Objects.requireNonNull(provenance, "provenance");
        Set<ExperimentNumber> seen = new HashSet<>();
        for (Experiment e : experiments) {
            if (!seen.add(e.number())) {
                throw new IllegalArgumentException("experiment number " + e.number() + " appears twice in the register");
            }
        }
    }

    /**
     * One experiment.
     *
     * @param number its number
     * @return the experiment, or empty
     */
    public Optional<Experiment> find(ExperimentNumber number) {
        return experiments.stream().filter(e -> e.number().equals(number)).findFirst();
    }

    /**
     * Each experiment's state on a day, in register order.
     *
     * @param day the day
     * @return the states by experiment number
     */
    public Map<ExperimentNumber, ExperimentState> statesOn(LocalDate day) {
        Map<ExperimentNumber, ExperimentState> out = new LinkedHashMap<>();
        experiments.forEach(e -> out.put(e.number(), e.lifecycle().stateOn(day)));
        return out;
    }

    /**
     * The experiments running on a day (running, extended, or becoming regular).
     *
     * @param day the day
     * @return the experiments, in register order
     */
    public List<Experiment> runningOn(LocalDate day) {
        return experiments.stream().filter(e -> e.lifecycle().stateOn(day).isRunning()).toList();
    }

    /**
     * The experiments that had ended by a day, with how and when.
     *
     * @param day the day
     * @return the ended experiments, in register order
     */
    public List<Ended> endedBy(LocalDate day) {
        List<Ended> out = new ArrayList<>();
        for (Experiment e : experiments) {
            e.lifecycle().ending()
                .filter(step -> !step.transition().on().latest().orElseThrow().isAfter(day))
                .ifPresent(step -> out.add(new Ended(e, step.to(), step.transition().on())));
        }
        return out;
    }

    /**
     * The reviews due or overdue on a day for the experiments running then. The cadence gives the
     * due dates from the start to the day (or the planned end, if earlier). A due date is met by any
     * review dated on or after it and before the next due date. An unmet one is DUE until the
     * cadence's grace period has passed, OVERDUE after.
     *
     * @param day     the day
     * @param cadence when reviews are due
     * @return the reviews due or overdue, in register order
     */
    public List<ReviewDue> reviewsDue(LocalDate day, ReviewCadence cadence) {
        List<ReviewDue> out = new ArrayList<>();
        for (Experiment e : runningOn(day)) {
            LocalDate start = e.lifecycle().started().flatMap(d -> d.earliest()).orElseThrow();
            List<LocalDate> due = cadence.dueDates(start, e.lifecycle().plannedEnd().latest(), day);
            for (int i = 0; i < due.size(); i++) {
                LocalDate from = due.get(i);
                Optional<LocalDate> before = i + 1 < due.size() ? Optional.of(due.get(i + 1)) : Optional.empty();
                boolean met = e.reviews().stream().anyMatch(r -> !r.on().isBefore(from)
                    && before.map(b -> r.on().isBefore(b)).orElse(true));
                if (!met) {
                    boolean late = day.isAfter(from.plus(cadence.grace()));
                    out.add(new ReviewDue(e, from, late ? ReviewDue.Status.OVERDUE : ReviewDue.Status.DUE));
                }
            }
        }
        return out;
    }

    /** {@return the data-quality warnings for this register; the data itself stays as published} */
    public List<DataQualityWarning> warnings() {
        return DataQualityCheck.check(this);
    }
}
