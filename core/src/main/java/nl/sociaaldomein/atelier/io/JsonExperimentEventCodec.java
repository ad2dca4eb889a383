package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.EventCodec;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Successor;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.register.ExperimentEvent;

/**
 * Experiment events as JSON journal payloads (docs/experiments.md, "Events"): the common fields
 * first ({@code registerId}, {@code actor}, {@code reason}, {@code on} when the day is known,
 * {@code number}), then the event's own in a fixed order. Numbers are written {@code "7"} or
 * {@code "2014-3"}; dates at their precision ({@code 2016-06-30}, {@code 2018-03}, {@code 2016},
 * left out when unknown). The same event always gives the same text.
 */
public final class JsonExperimentEventCodec implements EventCodec<ExperimentEvent> {

    /** The start of every event type this codec writes and reads, as in {@code experiment.registered}. */
    public static final String PREFIX = "experiment.";

    @Override
    public boolean owns(String type) {
        return type.startsWith(PREFIX);
    }

    @Override
    public String type(ExperimentEvent event) {
        if (event instanceof ExperimentEvent.Registered) {
            return PREFIX + "registered";
        }
        if (event instanceof ExperimentEvent.Transitioned) {
            return PREFIX + "transitioned";
        }
        if (event instanceof ExperimentEvent.Measured) {
            return PREFIX + "measured";
        }
        if (event instanceof ExperimentEvent.Reviewed) {
            return PREFIX + "reviewed";
        }
        return PREFIX + "row-corrected";
    }

    @Override
    public String encode(ExperimentEvent event) {
        ObjectNode out = EventJson.object();
        out.put("registerId", event.registerId());
        EventJson.stamp(out, event.stamp());
        out.put("number", number(event.number()));
        if (event instanceof ExperimentEvent.Registered e) {
            out.set("experiment", experiment(e.experiment()));
        } else if (event instanceof ExperimentEvent.Transitioned e) {
            out.set("transition", transition(e.transition()));
        } else if (event instanceof ExperimentEvent.Measured e) {
            out.put("kpi", e.kpi());
            EventJson.partialDate(out, "date", e.measurement().on());
            out.put("value", e.measurement().value());
            e.measurement().note().ifPresent(n -> out.put("note", n));
            out.put("source", e.source());
        } else if (event instanceof ExperimentEvent.Reviewed e) {
            out.set("review", review(e.review()));
        } else if (event instanceof ExperimentEvent.RowCorrected e) {
            out.set("row", row(e.row()));
        }
        return EventJson.write(out);
    }

    static String number(ExperimentNumber number) {
        return number instanceof ExperimentNumber.YearBased y ? y.year() + "-" + y.serial() : Integer.toString(((ExperimentNumber.Plain) number).value());
    }

    private static ObjectNode experiment(Experiment x) {
        ObjectNode out = EventJson.object();
        out.put("name", x.name());
        x.goal().ifPresent(g -> out.put("goal", g));
        x.owner().ifPresent(o -> out.put("owner", o));
        EventJson.partialDate(out, "start", x.start());
        EventJson.partialDate(out, "plannedEnd", x.plannedEnd());
        x.fundingRef().ifPresent(f -> out.put("fundingRef", f));
        x.policyPlan().ifPresent(p -> {
            ObjectNode plan = out.putObject("policyPlan");
            plan.put("name", p.name());
            EventJson.partialDate(plan, "adopted", p.adopted());
            ArrayNode renewed = plan.putArray("renewed");
            for (PartialDate date : p.renewed()) {
                ObjectNode d = renewed.addObject();
                EventJson.partialDate(d, "on", date);
            }
        });
        ArrayNode kpis = out.putArray("kpis");
        for (Kpi k : x.kpis()) {
            ObjectNode kpi = kpis.addObject();
            kpi.put("name", k.name());
            kpi.put("target", k.target());
            EventJson.partialDate(kpi, "periodStart", k.periodStart());
            EventJson.partialDate(kpi, "deadline", k.deadline());
        }
        ArrayNode indicators = out.putArray("indicators");
        for (QualitativeIndicator indicator : x.indicators()) {
            ObjectNode node = indicators.addObject();
            node.put("name", indicator.name());
            ArrayNode observations = node.putArray("observations");
            for (QualitativeIndicator.Observation o : indicator.observations()) {
                ObjectNode obs = observations.addObject();
                EventJson.partialDate(obs, "on", o.on());
                obs.put("text", o.text());
                o.score().ifPresent(s -> obs.put("score", s));
                o.scaleMax().ifPresent(s -> obs.put("scaleMax", s));
            }
        }
        x.published().ifPresent(row -> out.set("published", row(row)));
        return out;
    }

    private static ObjectNode row(PublishedRow row) {
        ObjectNode out = EventJson.object();
        out.put("number", row.number());
        ArrayNode years = out.putArray("yearsMarked");
        row.yearsMarked().forEach(years::add);
        out.put("start", row.start());
        out.put("end", row.end());
        out.put("outcome", row.outcome());
        return out;
    }

    private static ObjectNode transition(Transition t) {
        ObjectNode out = EventJson.object();
        String kind = t instanceof Transition.Start ? "start" : t instanceof Transition.Extend ? "extend"
            : t instanceof Transition.DecideRegular ? "decide-regular" : t instanceof Transition.MakeRegular ? "make-regular"
            : t instanceof Transition.Complete ? "complete" : t instanceof Transition.Stop ? "stop" : "split";
        out.put("kind", kind);
        EventJson.partialDate(out, "on", t.on());
        if (t instanceof Transition.Extend e) {
            EventJson.partialDate(out, "newEnd", e.newEnd());
        }
        if (t instanceof Transition.Split s) {
            ArrayNode successors = out.putArray("successors");
            for (Successor successor : s.successors()) {
                ObjectNode node = successors.addObject();
                node.put("name", successor.name());
                EventJson.partialDate(node, "plannedEnd", successor.lifecycle().initialPlannedEnd());
                ArrayNode steps = node.putArray("steps");
                successor.lifecycle().transitions().forEach(step -> steps.add(transition(step)));
                successor.publishedOutcome().ifPresent(o -> node.put("publishedOutcome", o));
            }
        }
        t.review().ifPresent(r -> out.set("review", review(r)));
        return out;
    }

    private static ObjectNode review(Review r) {
        ObjectNode out = EventJson.object();
        out.put("on", r.on().toString());
        out.put("verdict", r.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        out.put("reason", r.reason());
        r.by().ifPresent(b -> out.put("by", b));
        r.newEnd().ifPresent(end -> EventJson.partialDate(out, "newEnd", end));
        return out;
    }

    @Override
    public ExperimentEvent decode(String type, String payload) {
        EventJson.Reader f = EventJson.Reader.parse(payload);
        String registerId = f.text("registerId");
        Stamp stamp = f.stamp();
        ExperimentNumber number = number(f, "number");
        switch (type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type) {
            case "registered":
                return new ExperimentEvent.Registered(registerId, stamp, experiment(f.object("experiment"), number));
            case "transitioned":
                return new ExperimentEvent.Transitioned(registerId, stamp, number, transition(f.object("transition")));
            case "measured":
                return new ExperimentEvent.Measured(registerId, stamp, number, f.text("kpi"),
                    new Measurement(f.partialDate("date"), f.whole("value"), f.optionalText("note")), f.text("source"));
            case "reviewed":
                return new ExperimentEvent.Reviewed(registerId, stamp, number, review(f.object("review")));
            case "row-corrected":
                return new ExperimentEvent.RowCorrected(registerId, stamp, number, row(f.object("row")));
            default:
                throw new IllegalArgumentException("record type '" + type + "' is no experiment event type");
        }
    }

    private static ExperimentNumber number(EventJson.Reader f, String field) {
        String text = f.text(field);
        try {
            int dash = text.indexOf('-');
            return dash < 0 ? new ExperimentNumber.Plain(Integer.parseInt(text))
                : new ExperimentNumber.YearBased(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f.path(field) + " must be a number like \"7\" or \"2014-3\", not '" + text + "'");
        }
    }

    private static Experiment experiment(EventJson.Reader r, ExperimentNumber number) {
        PartialDate plannedEnd = r.partialDate("plannedEnd");
        return Experiment.builder().number(number).name(r.text("name")).goal(r.optionalText("goal")).owner(r.optionalText("owner"))
            .start(r.partialDate("start")).plannedEnd(plannedEnd).fundingRef(r.optionalText("fundingRef"))
            .policyPlan(r.has("policyPlan") ? Optional.of(policyPlan(r.object("policyPlan"))) : Optional.empty())
            .lifecycle(Lifecycle.planned(plannedEnd))
            .kpis(r.list("kpis", k -> Kpi.of(k.text("name"), k.whole("target"), k.partialDate("periodStart"), k.partialDate("deadline"))))
            .indicators(r.list("indicators", i -> new QualitativeIndicator(i.text("name"), i.list("observations", o ->
                new QualitativeIndicator.Observation(o.partialDate("on"), o.text("text"),
                    o.has("score") ? Optional.of((int) o.whole("score")) : Optional.empty(),
                    o.has("scaleMax") ? Optional.of((int) o.whole("scaleMax")) : Optional.empty())))))
            .published(r.has("published") ? Optional.of(row(r.object("published"))) : Optional.empty())
            .build();
    }

    private static PolicyPlan policyPlan(EventJson.Reader p) {
        return new PolicyPlan(p.text("name"), p.partialDate("adopted"), p.list("renewed", d -> d.partialDate("on")));
    }

    private static PublishedRow row(EventJson.Reader r) {
        List<Integer> years = new ArrayList<>();
        r.list("yearsMarked", y -> y).forEach(y -> years.add(y.node().intValue()));
        return new PublishedRow(r.text("number"), years, r.text("start"), r.text("end"), r.text("outcome"));
    }

    private static Transition transition(EventJson.Reader t) {
        PartialDate on = t.partialDate("on");
        Optional<Review> review = t.has("review") ? Optional.of(review(t.object("review"))) : Optional.empty();
        String kind = t.text("kind");
        switch (kind) {
            case "start": return new Transition.Start(on, review);
            case "extend": return new Transition.Extend(on, t.partialDate("newEnd"), review);
            case "decide-regular": return new Transition.DecideRegular(on, review);
            case "make-regular": return new Transition.MakeRegular(on, review);
            case "complete": return new Transition.Complete(on, review);
            case "stop": return new Transition.Stop(on, review);
            case "split": return new Transition.Split(on, t.list("successors", JsonExperimentEventCodec::successor), review);
            default: throw new IllegalArgumentException(t.path("kind") + " must be one of start, extend, decide-regular, make-regular, "
                + "complete, stop, split, not '" + kind + "'");
        }
    }

    private static Successor successor(EventJson.Reader s) {
        Lifecycle lifecycle = Lifecycle.replay(s.partialDate("plannedEnd"), s.list("steps", JsonExperimentEventCodec::transition))
            .toEither().getOrElseThrow(r -> new IllegalArgumentException(s.path("steps") + " is no lifecycle: " + r));
        return new Successor(s.text("name"), lifecycle, s.optionalText("publishedOutcome"));
    }

    private static Review review(EventJson.Reader r) {
        String verdictText = r.text("verdict");
        ReviewVerdict verdict;
        try {
            verdict = ReviewVerdict.valueOf(verdictText.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.path("verdict") + " must be one of continue, adjust, extend, make-regular, stop, not '"
                + verdictText + "'");
        }
        return new Review(r.date("on"), verdict, r.text("reason"), r.optionalText("by"),
            verdict == ReviewVerdict.EXTEND ? Optional.of(r.partialDate("newEnd")) : Optional.empty());
    }
}
