package nl.sociaaldomein.atelier.jackson.types;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Ended;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.ImmutableExperiment;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.experiment.LifecycleStep;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.Progress;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Successor;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.jackson.shape.Variants;

/**
 * Experiments: number, dates at their precision ({@link PartialDateShape}), the lifecycle as the
 * transitions it went through (read back by replaying them, so a lifecycle read is one the
 * domain accepts), reviews, KPIs and indicators. A transition is an object whose {@code type}
 * names it: {@code start}, {@code extend}, {@code decide-regular}, {@code make-regular},
 * {@code complete}, {@code stop}, {@code split}.
 */
public final class ExperimentShapes {

    /** A state as its code, {@code "becoming-regular"}. */
    public static final Shape<ExperimentState> STATE = Basic.code(ExperimentState.class);

    /** A review verdict as its code, {@code "make-regular"}. */
    public static final Shape<ReviewVerdict> VERDICT = Basic.code(ReviewVerdict.class);

    /** {@code {"type": "plain", "value": 3}} or {@code {"type": "year-based", "year": 2014, "serial": 3}}. */
    public static final Variants<ExperimentNumber> NUMBER = Variants.of(ExperimentNumber.class, "type")
        .with("plain", ExperimentNumber.Plain.class, Shape.object(ExperimentNumber.Plain.class,
            (n, out) -> out.field("value", n.value()), in -> {
                int value = in.smallNumber("value");
                return in.build(() -> new ExperimentNumber.Plain(value));
            }))
        .with("year-based", ExperimentNumber.YearBased.class, Shape.object(ExperimentNumber.YearBased.class, (n, out) -> {
            out.field("year", n.year());
            out.field("serial", n.serial());
        }, in -> {
            int year = in.smallNumber("year");
            int serial = in.smallNumber("serial");
            return in.build(() -> new ExperimentNumber.YearBased(year, serial));
        }));

    /** {@code {"on": "2018-09-30", "verdict": "extend", "reason": ..., "by": ... | null, "newEnd": Date | null}}. */
    public static final ObjectShape<Review> REVIEW = Shape.object(Review.class, (r, out) -> {
        out.field("on", r.on());
        out.field("verdict", r.verdict(), VERDICT);
        out.field("reason", r.reason());
        out.optional("by", r.by());
        out.optional("newEnd", r.newEnd(), PartialDateShape.DATE);
    }, in -> {
        LocalDate on = in.get("on", Basic.DAY);
        ReviewVerdict verdict = in.get("verdict", VERDICT);
        String reason = in.string("reason");
        Optional<String> by = in.optionalString("by");
        Optional<PartialDate> newEnd = in.optional("newEnd", PartialDateShape.DATE);
        return in.build(() -> new Review(on, verdict, reason, by, newEnd));
    });

    /** A transition, any type (see the class comment). */
    public static final Variants<Transition> TRANSITION;

    /**
     * {@code {"initialPlannedEnd": Date, "state": ..., "plannedEnd": Date, "transitions": [...]}}:
     * {@code state} and {@code plannedEnd} (the last extension's end) are for readers; reading
     * replays the transitions from the initial planned end.
     */
    public static final ObjectShape<Lifecycle> LIFECYCLE;

    /** {@code {"name": ..., "lifecycle": Lifecycle, "publishedOutcome": ... | null}}. */
    public static final ObjectShape<Successor> SUCCESSOR;

    static {
        Shape<Lifecycle> lifecycle = Shape.lazy(Lifecycle.class, () -> ExperimentShapes.LIFECYCLE);
        SUCCESSOR = Shape.object(Successor.class, (s, out) -> {
            out.field("name", s.name());
            out.field("lifecycle", s.lifecycle(), lifecycle);
            out.optional("publishedOutcome", s.publishedOutcome());
        }, in -> {
            String name = in.string("name");
            Lifecycle l = in.get("lifecycle", lifecycle);
            Optional<String> outcome = in.optionalString("publishedOutcome");
            return in.build(() -> new Successor(name, l, outcome));
        });
        TRANSITION = Variants.of(Transition.class, "type")
            .with("start", Transition.Start.class, Shape.object(Transition.Start.class, (t, out) -> {
                out.field("on", t.on(), PartialDateShape.DATE);
                out.optional("review", t.review(), REVIEW);
            }, in -> {
                PartialDate on = in.get("on", PartialDateShape.DATE);
                Optional<Review> review = in.optional("review", REVIEW);
                return in.build(() -> new Transition.Start(on, review));
            }))
            .with("extend", Transition.Extend.class, Shape.object(Transition.Extend.class, (t, out) -> {
                out.field("on", t.on(), PartialDateShape.DATE);
                out.field("newEnd", t.newEnd(), PartialDateShape.DATE);
                out.optional("review", t.review(), REVIEW);
            }, in -> {
                PartialDate on = in.get("on", PartialDateShape.DATE);
                PartialDate newEnd = in.get("newEnd", PartialDateShape.DATE);
                Optional<Review> review = in.optional("review", REVIEW);
                return in.build(() -> new Transition.Extend(on, newEnd, review));
            }))
            .with("decide-regular", Transition.DecideRegular.class, Shape.object(Transition.DecideRegular.class, (t, out) -> {
                out.field("on", t.on(), PartialDateShape.DATE);
                out.optional("review", t.review(), REVIEW);
            }, in -> {
                PartialDate on = in.get("on", PartialDateShape.DATE);
                Optional<Review> review = in.optional("review", REVIEW);
                return in.build(() -> new Transition.DecideRegular(on, review));
            }))
            .with("make-regular", Transition.MakeRegular.class, Shape.object(Transition.MakeRegular.class, (t, out) -> {
                out.field("on", t.on(), PartialDateShape.DATE);
                out.optional("review", t.review(), REVIEW);
            }, in -> {
                PartialDate on = in.get("on", PartialDateShape.DATE);
                Optional<Review> review = in.optional("review", REVIEW);
                return in.build(() -> new Transition.MakeRegular(on, review));
            }))
            .with("complete", Transition.Complete.class, Shape.object(Transition.Complete.class, (t, out) -> {
                out.field("on", t.on(), PartialDateShape.DATE);
                out.optional("review", t.review(), REVIEW);
            }, in -> {
                PartialDate on = in.get("on", PartialDateShape.DATE);
                Optional<Review> review = in.optional("review", REVIEW);
                return in.build(() -> new Transition.Complete(on, review));
            }))
            .with("stop", Transition.Stop.class, Shape.object(Transition.Stop.class, (t, out) -> {
                out.field("on", t.on(), PartialDateShape.DATE);
                out.optional("review", t.review(), REVIEW);
            }, in -> {
                PartialDate on = in.get("on", PartialDateShape.DATE);
                Optional<Review> review = in.optional("review", REVIEW);
                return in.build(() -> new Transition.Stop(on, review));
            }))
            .with("split", Transition.Split.class, Shape.object(Transition.Split.class, (t, out) -> {
                out.field("on", t.on(), PartialDateShape.DATE);
                out.list("successors", t.successors(), SUCCESSOR);
                out.optional("review", t.review(), REVIEW);
            }, in -> {
                PartialDate on = in.get("on", PartialDateShape.DATE);
                List<Successor> successors = in.list("successors", SUCCESSOR);
                Optional<Review> review = in.optional("review", REVIEW);
                return in.build(() -> new Transition.Split(on, successors, review));
            }));
        LIFECYCLE = Shape.object(Lifecycle.class, (l, out) -> {
            out.field("initialPlannedEnd", l.initialPlannedEnd(), PartialDateShape.DATE);
            out.field("state", l.state(), STATE);
            out.field("plannedEnd", l.plannedEnd(), PartialDateShape.DATE);
            out.list("transitions", l.transitions(), TRANSITION);
        }, ExperimentShapes::lifecycle);
    }

    /** {@code {"from": "running", "transition": Transition, "to": "extended"}}. */
    public static final ObjectShape<LifecycleStep> STEP = Shape.object(LifecycleStep.class, (s, out) -> {
        out.field("from", s.from(), STATE);
        out.field("transition", s.transition(), TRANSITION);
        out.field("to", s.to(), STATE);
    }, in -> {
        ExperimentState from = in.get("from", STATE);
        Transition transition = in.get("transition", TRANSITION);
        ExperimentState to = in.get("to", STATE);
        return in.build(() -> new LifecycleStep(from, transition, to));
    });

    /** {@code {"on": Date, "value": 14, "note": ... | null}}. */
    public static final ObjectShape<Measurement> MEASUREMENT = Shape.object(Measurement.class, (m, out) -> {
        out.field("on", m.on(), PartialDateShape.DATE);
        out.field("value", m.value());
        out.optional("note", m.note());
    }, in -> {
        PartialDate on = in.get("on", PartialDateShape.DATE);
        long value = in.wholeNumber("value");
        Optional<String> note = in.optionalString("note");
        return in.build(() -> new Measurement(on, value, note));
    });

    /** {@code {"name": ..., "target": 80, "periodStart": Date, "deadline": Date, "measurements": [...]}}. */
    public static final ObjectShape<Kpi> KPI = Shape.object(Kpi.class, (k, out) -> {
        out.field("name", k.name());
        out.field("target", k.target());
        out.field("periodStart", k.periodStart(), PartialDateShape.DATE);
        out.field("deadline", k.deadline(), PartialDateShape.DATE);
        out.list("measurements", k.measurements(), MEASUREMENT);
    }, in -> {
        String name = in.string("name");
        long target = in.wholeNumber("target");
        PartialDate start = in.get("periodStart", PartialDateShape.DATE);
        PartialDate deadline = in.get("deadline", PartialDateShape.DATE);
        List<Measurement> measurements = in.list("measurements", MEASUREMENT);
        return in.build(() -> new Kpi(name, target, start, deadline, measurements));
    });

    /** {@code {"actual": 14, "target": 80}}. */
    public static final ObjectShape<Progress> PROGRESS = Shape.object(Progress.class, (p, out) -> {
        out.field("actual", p.actual());
        out.field("target", p.target());
    }, in -> {
        long actual = in.wholeNumber("actual");
        long target = in.wholeNumber("target");
        return in.build(() -> new Progress(actual, target));
    });

    /** {@code {"verdict": "on-track", "progress": Progress | null, "elapsedDays": 61, "totalDays": 91}}. */
    public static final ObjectShape<OnTrack> ON_TRACK = Shape.object(OnTrack.class, (o, out) -> {
        out.field("verdict", o.verdict(), Basic.code(OnTrack.Verdict.class));
        out.optional("progress", o.progress(), PROGRESS);
        out.field("elapsedDays", o.elapsedDays());
        out.field("totalDays", o.totalDays());
    }, in -> {
        OnTrack.Verdict verdict = in.get("verdict", Basic.code(OnTrack.Verdict.class));
        Optional<Progress> progress = in.optional("progress", PROGRESS);
        long elapsed = in.wholeNumber("elapsedDays");
        long total = in.wholeNumber("totalDays");
        return in.build(() -> new OnTrack(verdict, progress, elapsed, total));
    });

    /** {@code {"on": Date, "text": ..., "score": 4 | null, "scaleMax": 5 | null}}. */
    public static final ObjectShape<QualitativeIndicator.Observation> OBSERVATION = Shape.object(QualitativeIndicator.Observation.class,
        (o, out) -> {
            out.field("on", o.on(), PartialDateShape.DATE);
            out.field("text", o.text());
            out.optional("score", o.score(), Basic.INT);
            out.optional("scaleMax", o.scaleMax(), Basic.INT);
        }, in -> {
            PartialDate on = in.get("on", PartialDateShape.DATE);
            String text = in.string("text");
            Optional<Integer> score = in.optional("score", Basic.INT);
            Optional<Integer> max = in.optional("scaleMax", Basic.INT);
            return in.build(() -> new QualitativeIndicator.Observation(on, text, score, max));
        });

    /** {@code {"name": ..., "observations": [...]}}. */
    public static final ObjectShape<QualitativeIndicator> INDICATOR = Shape.object(QualitativeIndicator.class, (q, out) -> {
        out.field("name", q.name());
        out.list("observations", q.observations(), OBSERVATION);
    }, in -> {
        String name = in.string("name");
        List<QualitativeIndicator.Observation> observations = in.list("observations", OBSERVATION);
        return in.build(() -> new QualitativeIndicator(name, observations));
    });

    /** {@code {"name": "Samen, voor elkaar", "adopted": Date, "renewed": [Date]}}. */
    public static final ObjectShape<PolicyPlan> POLICY_PLAN = Shape.object(PolicyPlan.class, (p, out) -> {
        out.field("name", p.name());
        out.field("adopted", p.adopted(), PartialDateShape.DATE);
        out.list("renewed", p.renewed(), PartialDateShape.DATE);
    }, in -> {
        String name = in.string("name");
        PartialDate adopted = in.get("adopted", PartialDateShape.DATE);
        List<PartialDate> renewed = in.list("renewed", PartialDateShape.DATE);
        return in.build(() -> new PolicyPlan(name, adopted, renewed));
    });

    /** A register row as published: {@code {"number": "1)", "yearsMarked": [2016], "start": ..., "end": ..., "outcome": ...}}. */
    public static final ObjectShape<PublishedRow> PUBLISHED_ROW = Shape.object(PublishedRow.class, (r, out) -> {
        out.field("number", r.number());
        out.list("yearsMarked", r.yearsMarked(), Basic.INT);
        out.field("start", r.start());
        out.field("end", r.end());
        out.field("outcome", r.outcome());
    }, in -> {
        String number = in.string("number");
        List<Integer> years = in.list("yearsMarked", Basic.INT);
        String start = in.string("start");
        String end = in.string("end");
        String outcome = in.string("outcome");
        return in.build(() -> new PublishedRow(number, years, start, end, outcome));
    });

    /**
     * An experiment; {@code state} and {@code actualEnd} are for readers (computed from the
     * lifecycle) and ignored when read.
     */
    public static final ObjectShape<Experiment> EXPERIMENT = Shape.object(Experiment.class, (e, out) -> {
        out.field("number", e.number(), NUMBER);
        out.field("name", e.name());
        out.optional("goal", e.goal());
        out.optional("owner", e.owner());
        out.field("start", e.start(), PartialDateShape.DATE);
        out.field("plannedEnd", e.plannedEnd(), PartialDateShape.DATE);
        out.optional("fundingRef", e.fundingRef());
        out.optional("policyPlan", e.policyPlan(), POLICY_PLAN);
        out.field("state", e.state(), STATE);
        out.optional("actualEnd", e.actualEnd(), PartialDateShape.DATE);
        out.field("lifecycle", e.lifecycle(), LIFECYCLE);
        out.list("reviews", e.reviews(), REVIEW);
        out.list("kpis", e.kpis(), KPI);
        out.list("indicators", e.indicators(), INDICATOR);
        out.optional("published", e.published(), PUBLISHED_ROW);
    }, ExperimentShapes::experiment);

    /** {@code {"experiment": Experiment, "how": "stopped", "on": Date}}. */
    public static final ObjectShape<Ended> ENDED = Shape.object(Ended.class, (e, out) -> {
        out.field("experiment", e.experiment(), EXPERIMENT);
        out.field("how", e.how(), STATE);
        out.field("on", e.on(), PartialDateShape.DATE);
    }, in -> {
        Experiment experiment = in.get("experiment", EXPERIMENT);
        ExperimentState how = in.get("how", STATE);
        PartialDate on = in.get("on", PartialDateShape.DATE);
        return in.build(() -> new Ended(experiment, how, on));
    });

    private ExperimentShapes() {
    }

    private static Lifecycle lifecycle(JsonIn in) {
        in.ignore("state", "plannedEnd");
        PartialDate initial = in.get("initialPlannedEnd", PartialDateShape.DATE);
        List<Transition> transitions = in.list("transitions", TRANSITION);
        if (in.hasProblems()) {
            return null;
        }
        return Lifecycle.replay(initial, transitions).fold(problems -> {
            in.fieldProblem("transitions", "the lifecycle refuses them: " + problems.get(0).message(java.util.Locale.ENGLISH));
            return null;
        }, l -> l);
    }

    private static Experiment experiment(JsonIn in) {
        in.ignore("state", "actualEnd");
        ExperimentNumber number = in.get("number", NUMBER);
        String name = in.string("name");
        Optional<String> goal = in.optionalString("goal");
        Optional<String> owner = in.optionalString("owner");
        PartialDate start = in.get("start", PartialDateShape.DATE);
        PartialDate plannedEnd = in.get("plannedEnd", PartialDateShape.DATE);
        Optional<String> funding = in.optionalString("fundingRef");
        Optional<PolicyPlan> plan = in.optional("policyPlan", POLICY_PLAN);
        Optional<Lifecycle> lifecycle = in.optional("lifecycle", LIFECYCLE);
        List<Review> reviews = in.list("reviews", REVIEW);
        List<Kpi> kpis = in.list("kpis", KPI);
        List<QualitativeIndicator> indicators = in.list("indicators", INDICATOR);
        Optional<PublishedRow> published = in.optional("published", PUBLISHED_ROW);
        return in.build(() -> {
            ImmutableExperiment.Builder b = ImmutableExperiment.builder().number(number).name(name).goal(goal).owner(owner).start(start)
                .plannedEnd(plannedEnd).fundingRef(funding).policyPlan(plan).reviews(reviews).kpis(kpis).indicators(indicators)
                .published(published);
            lifecycle.ifPresent(b::lifecycle);
            return b.build();
        });
    }
}
