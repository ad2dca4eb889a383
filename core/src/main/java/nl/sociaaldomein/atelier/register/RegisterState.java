package nl.sociaaldomein.atelier.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ImmutableExperiment;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * A register as its events made it: the experiments in the order they were registered, each the
 * fold of its own events. {@link #refusal} says whether an event may follow; {@link #apply}
 * applies one that may. {@link #register} gives the {@code ExperimentRegister} reports are made of.
 */
public final class RegisterState {

    private final RegisterSetup setup;
    private final LinkedHashMap<ExperimentNumber, Experiment> experiments = new LinkedHashMap<>();
    private Optional<LocalDate> latest = Optional.empty();
    private int events;

    RegisterState(RegisterSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * The fold of {@code events} (accepted before) from an empty register.
     *
     * @param setup  the register's id, source and provenance
     * @param events the events, in the order recorded
     * @return the state
     */
    public static RegisterState fold(RegisterSetup setup, Iterable<? extends ExperimentEvent> events) {
        RegisterState state = new RegisterState(setup);
        for (ExperimentEvent event : events) {
            state.apply(event);
        }
        return state;
    }

    /** {@return the experiments, in the order they entered the register} */
    public List<Experiment> experiments() {
        return List.copyOf(experiments.values());
    }

    /**
     * One experiment.
     *
     * @param number the experiment's number
     * @return the experiment, or empty when the register has none with that number
     */
    public Optional<Experiment> experiment(ExperimentNumber number) {
        return Optional.ofNullable(experiments.get(number));
    }

    /** {@return the number of events the state is the fold of} */
    public int size() {
        return events;
    }

    /**
     * The register as a report reads it, speaking for {@code reportDate}.
     *
     * @param reportDate the day the register speaks for, if any
     * @return the register
     */
    public ExperimentRegister register(Optional<LocalDate> reportDate) {
        return new ExperimentRegister(setup.source(), reportDate, setup.yearColumns(), experiments(), setup.provenance());
    }

    /**
     * Why {@code event} may not follow this state, or empty when it may. Changes nothing.
     *
     * @param event the event
     * @return the refusal, or empty
     */
    public Optional<Refusal<RegisterRefusal>> refusal(ExperimentEvent event) {
        Place where = Place.about("experiment", String.valueOf(event.number())).and("register", event.registerId());
        if (!event.registerId().equals(setup.registerId())) {
            return refuse(RegisterRefusal.OTHER_REGISTER, Place.about("register", event.registerId()), "dit is register " + setup.registerId(),
                "this is register " + setup.registerId());
        }
        Optional<LocalDate> on = event.stamp().on();
        if (on.isPresent() && latest.isPresent() && on.get().isBefore(latest.get())) {
            return refuse(RegisterRefusal.BEFORE_LATEST, where, "gedateerd " + on.get() + ", vóór de laatste gebeurtenis van het register ("
                + latest.get() + ")", "dated " + on.get() + ", before the register's latest event (" + latest.get() + ")");
        }
        Experiment current = experiments.get(event.number());
        if (event instanceof ExperimentEvent.Registered e) {
            if (current != null) {
                return refuse(RegisterRefusal.NUMBER_EXISTS, where, "staat al in het register", "is in the register already");
            }
            Experiment x = e.experiment();
            boolean asPlanned = x.lifecycle().history().isEmpty() && x.reviews().isEmpty()
                && x.kpis().stream().allMatch(k -> k.measurements().isEmpty());
            return asPlanned ? Optional.empty() : refuse(RegisterRefusal.NOT_AS_PLANNED, where,
                "wordt ingeschreven zoals gepland: zonder stappen, beoordelingen of metingen (die zijn eigen opdrachten)",
                "is registered as planned: without steps, reviews or measurements (those are commands of their own)");
        }
        if (current == null) {
            return refuse(RegisterRefusal.UNKNOWN_EXPERIMENT, where, "staat niet in register " + setup.registerId(),
                "is not in register " + setup.registerId());
        }
        if (event instanceof ExperimentEvent.Transitioned e) {
            Result<Experiment> next = current.apply(e.transition());
            // The lifecycle's problems, with its words in both languages and the place it gives, as this refusal's.
            return next.isOk() ? Optional.empty() : Optional.of(new Refusal<>(RegisterRefusal.TRANSITION_REFUSED, next.problems()));
        }
        if (event instanceof ExperimentEvent.Measured e) {
            return current.kpis().stream().anyMatch(k -> k.name().equals(e.kpi())) ? Optional.empty()
                : refuse(RegisterRefusal.UNKNOWN_KPI, where.and("kpi", e.kpi()), "dit experiment heeft geen KPI met deze naam (wel: "
                    + current.kpis().stream().map(Kpi::name).toList() + ")", "this experiment has no KPI of this name (it has: "
                    + current.kpis().stream().map(Kpi::name).toList() + ")");
        }
        if (event instanceof ExperimentEvent.RowCorrected) {
            return current.published().isPresent() ? Optional.empty() : refuse(RegisterRefusal.NO_PUBLISHED_ROW, where,
                "heeft geen gepubliceerde rij om te corrigeren", "has no published row to correct");
        }
        return Optional.empty();
    }

    private static Optional<Refusal<RegisterRefusal>> refuse(RegisterRefusal kind, Place where, String nl, String en) {
        return Optional.of(Refusal.of(kind, where, nl, en));
    }

    /** Applies an event accepted by {@link #refusal} (now, or when it was recorded). */
    void apply(ExperimentEvent event) {
        events++;
        event.stamp().on().ifPresent(on -> latest = Optional.of(latest.filter(l -> l.isAfter(on)).orElse(on)));
        if (event instanceof ExperimentEvent.Registered e) {
            experiments.put(e.number(), e.experiment());
            return;
        }
        Experiment current = experiments.get(event.number());
        Experiment next;
        if (event instanceof ExperimentEvent.Transitioned e) {
            next = current.apply(e.transition()).toEither()
                .getOrElseThrow(r -> new IllegalStateException("the register's events do not fold: " + r));
        } else if (event instanceof ExperimentEvent.Measured e) {
            List<Kpi> kpis = new ArrayList<>();
            for (Kpi kpi : current.kpis()) {
                kpis.add(kpi.name().equals(e.kpi()) ? kpi.measured(e.measurement()) : kpi);
            }
            next = ImmutableExperiment.copyOf(current).withKpis(kpis);
        } else if (event instanceof ExperimentEvent.Reviewed e) {
            List<Review> reviews = new ArrayList<>(current.reviews());
            reviews.add(e.review());
            next = ImmutableExperiment.copyOf(current).withReviews(reviews);
        } else {
            next = ImmutableExperiment.copyOf(current).withPublished(((ExperimentEvent.RowCorrected) event).row());
        }
        experiments.put(event.number(), next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterState other && setup.equals(other.setup) && events == other.events
            && List.copyOf(experiments.values()).equals(List.copyOf(other.experiments.values())) && latest.equals(other.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(setup.registerId(), events, experiments.keySet());
    }

    @Override
    public String toString() {
        return "RegisterState[" + setup.registerId() + ", " + events + " events, " + experiments.size() + " experiments]";
    }

    /** The experiments by number, for views. */
    Map<ExperimentNumber, Experiment> byNumber() {
        return java.util.Collections.unmodifiableMap(experiments);
    }
}
