package nl.sociaaldomein.atelier.examples.web;

import java.util.List;

/**
 * What a user sends to the experiments register (from a form or as JSON); every field is text,
 * checked by {@link ExperimentsDesk} with every mistake named at once. A command's {@code date} is
 * a day ({@code 01-05-2017} or {@code 2017-05-01}); a start, end or measured period may be given at
 * the precision known ({@code november 2017}, {@code 2017-11}, {@code 2017}).
 */
public final class ExperimentInput {

    private ExperimentInput() {
    }

    /** A KPI of a new experiment: its name and target count, by a deadline (default: the experiment's planned end). */
    public record Kpi(String name, String target, String deadline) {
    }

    /** Enters an experiment as planned (in preparation), with its KPIs as targets; steps, reviews and measurements follow as their own commands. */
    public record Registration(String number, String name, String goal, String owner, String start, String plannedEnd, List<Kpi> kpis,
                               String date) {
    }

    /** A KPI measured: the count, the period it is for (default: the day), and where the figure comes from. */
    public record Measurement(String kpi, String value, String measuredOn, String source, String note, String date) {
    }

    /**
     * A review: its {@code verdict} ({@code continue}, {@code adjust}, {@code extend}, {@code make-regular},
     * {@code stop}) and reason; with {@code decides}, the step the verdict causes is recorded with it.
     */
    public record Review(String verdict, String reason, String by, String newEnd, Boolean decides, String date) {
    }

    /**
     * A step of the lifecycle: {@code start}, {@code extend} (with {@code newEnd}, unknown when left out),
     * {@code decide-regular}, {@code make-regular}, {@code complete} or {@code stop}.
     */
    public record Step(String step, String newEnd, String date) {
    }

    /**
     * A correction of the experiment's row as published: its start, end and outcome as they are to
     * be written ("november 2016", "Loopt (Wordt verlengd)") and the years marked. A new event; the
     * earlier row stays in the journal and in every view as known before.
     */
    public record Correction(String start, String end, String outcome, List<Integer> yearsMarked, String date) {
    }
}
