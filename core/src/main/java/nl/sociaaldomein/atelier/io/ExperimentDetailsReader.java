package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.io.support.ObjectFields;

/**
 * Reads the optional parts of a register row that a published table does not have: the KPIs with
 * their measurements, the qualitative indicators and the reviews (docs/experiments.md, "Register
 * file format"). Each problem is reported at its path; a part with a problem is left out, and the
 * register is then not built at all.
 */
final class ExperimentDetailsReader {

    private static final String RANGE = "input.out-of-range";
    private static final String DATE = "input.date-invalid";

    /** The verdicts as the file writes them: kebab-case codes of {@link ReviewVerdict}. */
    static final Map<String, ReviewVerdict> VERDICTS = verdicts();

    private final LocalDate reportDate;

    ExperimentDetailsReader(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    List<Kpi> kpis(ObjectFields row) {
        return row.objects("kpis", this::kpi);
    }

    List<QualitativeIndicator> indicators(ObjectFields row) {
        return row.objects("indicators", this::indicator);
    }

    List<Review> reviews(ObjectFields row) {
        return row.objects("reviews", this::review);
    }

    private Optional<Kpi> kpi(ObjectFields fields) {
        int before = fields.context().problemCount();
        Optional<String> name = fields.requiredText("name");
        Optional<Long> target = fields.wholeNumber("target");
        if (!fields.has("target")) {
            fields.context().missing(fields.pathOf("target"), "target");
        }
        target.filter(t -> t <= 0).ifPresent(t -> fields.context().problem(fields.pathOf("target"), RANGE,
            "een streefwaarde moet een positief geheel getal zijn, niet " + t, "a target must be a positive whole number, not " + t));
        Optional<PartialDate> start = known(fields, "periodStart");
        Optional<PartialDate> deadline = known(fields, "deadline");
        List<Measurement> measurements = fields.objects("measurements", this::measurement);
        fields.done();
        if (fields.context().problemCount() > before) {
            return Optional.empty();
        }
        return construct(fields, () -> new Kpi(name.get(), target.get(), start.get(), deadline.get(), measurements));
    }

    private Optional<Measurement> measurement(ObjectFields fields) {
        int before = fields.context().problemCount();
        Optional<PartialDate> on = known(fields, "date");
        on.flatMap(PartialDate::earliest).filter(day -> day.isAfter(reportDate)).ifPresent(day -> fields.context()
            .problem(fields.pathOf("date"), DATE, "een meting met een datum na de peildatum van het register (" + PartialDate.of(reportDate).toDutch() + ")",
                "a measurement dated after the register's report date " + reportDate));
        Optional<Long> value = fields.wholeNumber("value");
        if (!fields.has("value")) {
            fields.context().missing(fields.pathOf("value"), "value");
        }
        value.filter(v -> v < 0).ifPresent(v -> fields.context().problem(fields.pathOf("value"), RANGE,
            "een gemeten aantal mag niet negatief zijn: " + v, "a measured count must not be negative: " + v));
        Optional<String> note = fields.text("note");
        fields.done();
        if (fields.context().problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Measurement(on.get(), value.get(), note));
    }

    private Optional<QualitativeIndicator> indicator(ObjectFields fields) {
        int before = fields.context().problemCount();
        Optional<String> name = fields.requiredText("name");
        List<QualitativeIndicator.Observation> observations = fields.objects("observations", this::observation);
        fields.done();
        if (fields.context().problemCount() > before) {
            return Optional.empty();
        }
        return construct(fields, () -> new QualitativeIndicator(name.get(), observations));
    }

    private Optional<QualitativeIndicator.Observation> observation(ObjectFields fields) {
        int before = fields.context().problemCount();
        Optional<PartialDate> on = known(fields, "date");
        Optional<String> text = fields.requiredText("text");
        Optional<Integer> score = fields.wholeNumber("score").map(Long::intValue);
        Optional<Integer> scale = fields.wholeNumber("scale").map(Long::intValue);
        fields.done();
        if (fields.context().problemCount() > before) {
            return Optional.empty();
        }
        return construct(fields, () -> new QualitativeIndicator.Observation(on.get(), text.get(), score, scale));
    }

    private Optional<Review> review(ObjectFields fields) {
        int before = fields.context().problemCount();
        Optional<LocalDate> on = fields.requiredDate("date");
        Optional<ReviewVerdict> verdict = fields.requiredChoice("verdict", VERDICTS);
        Optional<String> reason = fields.requiredText("reason");
        Optional<String> by = fields.text("by");
        Optional<PartialDate> newEnd = fields.partialDate("newEnd");
        verdict.filter(v -> v != ReviewVerdict.EXTEND && newEnd.isPresent()).ifPresent(v -> fields.context()
            .problem(fields.pathOf("newEnd"), "input.inconsistent", "een nieuwe einddatum hoort bij het oordeel 'extend' (verlengen), niet bij '" + code(v) + "'",
                "a new end date belongs to an 'extend' verdict, not '" + code(v) + "'"));
        on.filter(day -> day.isAfter(reportDate)).ifPresent(day -> fields.context().problem(fields.pathOf("date"), DATE,
            "een evaluatie met een datum na de peildatum van het register (" + PartialDate.of(reportDate).toDutch() + ")",
            "a review dated after the register's report date " + reportDate));
        fields.done();
        if (fields.context().problemCount() > before) {
            return Optional.empty();
        }
        Optional<PartialDate> end = verdict.get() == ReviewVerdict.EXTEND
            ? Optional.of(newEnd.orElse(PartialDate.unknown())) : Optional.empty();
        return Optional.of(new Review(on.get(), verdict.get(), reason.get(), by, end));
    }

    /** A required date at any known precision ("januari 2017", "2016"); an empty text is refused. */
    private static Optional<PartialDate> known(ObjectFields fields, String field) {
        if (!fields.has(field)) {
            fields.context().missing(fields.pathOf(field), field);
            return Optional.empty();
        }
        Optional<PartialDate> date = fields.partialDate(field);
        date.filter(d -> !d.isKnown()).ifPresent(d -> fields.context().problem(fields.pathOf(field), DATE,
            "hier is een datum nodig zoals 30-11-2017, 'november 2017' of '2017'", "needs a date such as 30-11-2017, 'November 2017' or '2017'"));
        return date.filter(PartialDate::isKnown);
    }

    /** Builds a value whose own checks may still refuse it (a deadline before the start), as a located problem. */
    private static <T> Optional<T> construct(ObjectFields fields, java.util.function.Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException e) {
            fields.context().problem(fields.pointer(), Mistake.ofRule("input.inconsistent", e.getMessage()));
            return Optional.empty();
        }
    }

    static String code(ReviewVerdict verdict) {
        return verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Map<String, ReviewVerdict> verdicts() {
        Map<String, ReviewVerdict> out = new LinkedHashMap<>();
        for (ReviewVerdict v : ReviewVerdict.values()) {
            out.put(code(v), v);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
