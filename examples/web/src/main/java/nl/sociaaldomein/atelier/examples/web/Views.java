package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/**
 * What the pages and the JSON API show, as plain values: both read the same records, so a figure
 * on a page is the figure in the API. Applicants are their public names ("Particulier" for a
 * private person); amounts are {@link Money} (exact euro strings in JSON).
 */
public final class Views {

    private Views() {
    }

    public record Phase(String phase, Text label, LocalDate start, LocalDate end) {
    }

    public record Round(String id, String name, String municipality, String potId, Money maximumAmount, List<Phase> phases,
                        LocalDate decisionDate, int initiatives) {
    }

    /** An initiative and how it was assessed and decided; {@code requested}, {@code score} and {@code amount} may be null. */
    public record Initiative(String id, String title, String applicant, Money requested, boolean assessed, boolean eligible,
                             String score, String decision, Text decisionLabel, Money amount) {
    }

    public record Decision(String initiativeId, String title, String applicant, String kind, Text label, Money amount,
                           LocalDate decidedOn, Text motivation) {
    }

    public record Pot(String id, String name, Money ceiling, Money granted, Money reserved, Money advanced, Money determined,
                      Money remaining, int usedPercent) {
    }

    public record Grant(String initiativeId, String title, LocalDate grantedOn, String status, Money granted, Money advanced,
                        Money determined) {
    }

    /** The budget as of a day, as known at a moment ({@code knownAt} null: now). */
    public record Budget(LocalDate asOf, Instant knownAt, long entries, List<Pot> pots, List<Grant> grants) {
    }

    /**
     * An experiment as the register holds it on the day asked: its state, its start, the end first
     * planned and the end now planned (after extensions), the outcome its register row gives, as the register file words it (null
     * when it has none), its KPIs and its reviews.
     */
    public record Experiment(String number, String name, String state, Text stateLabel, String start, String plannedEnd, String end,
                             String rowOutcome, List<KpiProgress> kpis, List<ExperimentReview> reviews) {
    }

    /** A KPI: its target, its latest measurement (null when none) and whether it is on track (on-track, behind, not-measured). */
    public record KpiProgress(String name, long target, String deadline, Long latest, String measuredOn, String onTrack) {
    }

    /** A review: its day, verdict (continue, adjust, extend, make-regular, stop) and reason. */
    public record ExperimentReview(LocalDate on, String verdict, String reason) {
    }

    public record ReviewDue(String number, String name, LocalDate dueOn, String status) {
    }

    public record Experiments(LocalDate on, List<Experiment> experiments, List<ReviewDue> reviewsDue) {
    }

    public record Report(String id, String description, List<String> formats) {
    }

    /** A criterion an assessor scores, on its scale. */
    public record Criterion(String id, Text label, int min, int max) {
    }

    /**
     * The trial round: its call, whether it is open and assessment closed, the latest day recorded
     * (a command is dated on or after it), the criteria to score, the initiatives and decisions,
     * and the initiatives with an objection pending.
     */
    public record Trial(String callId, String name, String potId, List<Phase> phases, boolean open, boolean assessmentClosed,
                        LocalDate latest, List<Criterion> criteria, List<Initiative> initiatives, List<Decision> decisions,
                        List<String> pendingObjections) {
    }

    /** What a posting did: the batch, and the pots it touched as they are now. */
    public record Posted(String batchId, Instant recordedAt, boolean duplicate, List<String> entries) {
    }
}
