package nl.sociaaldomein.atelier.register;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ImmutableExperiment;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.Transition;

/**
 * A published register (the register reader's {@link ExperimentRegister}) as the commands that
 * make it: per experiment, its registration as planned, its lifecycle's steps, its reviews, and
 * its KPIs' measurements (with the register's document as their source). Run through
 * {@link RegisterService}, they fold into the same experiments, so the register file stays the
 * compact way to load a published register and gives the events the commands give.
 *
 * <p>Unknown stays unknown: the commands carry no day of their own (the sources do not say when
 * each row was entered); the steps, reviews and measurements keep the dates the register gives,
 * at their precision.
 */
public final class RegisterScript {

    private RegisterScript() {
    }

    /**
     * The commands that enter a published register: each experiment as planned, then its steps, reviews and
     * measurements at the dates the register gives.
     *
     * @param register the published register
     * @param actor    who loads it
     * @return the commands, undated, citing the register's source as their reason
     */
    public static List<RegisterCommand> of(ExperimentRegister register, String actor) {
        String source = register.source().file() + ": \"" + register.source().quote() + "\"";
        Stamp undated = Stamp.undated(actor, source);
        List<RegisterCommand> commands = new ArrayList<>();
        for (Experiment experiment : register.experiments()) {
            commands.add(new RegisterCommand.Register(undated, planned(experiment)));
            for (Transition step : experiment.lifecycle().transitions()) {
                commands.add(new RegisterCommand.Step(undated, experiment.number(), step));
            }
            for (Review review : experiment.reviews()) {
                commands.add(new RegisterCommand.RecordReview(undated, experiment.number(), review, false));
            }
            for (Kpi kpi : experiment.kpis()) {
                for (Measurement measurement : kpi.measurements()) {
                    commands.add(new RegisterCommand.Measure(undated, experiment.number(), kpi.name(), measurement, source));
                }
            }
        }
        return commands;
    }

    /**
     * The experiment as it entered the register: no steps, reviews or measurements.
     *
     * @param experiment the experiment as published
     * @return the experiment without steps, reviews or measurements
     */
    public static Experiment planned(Experiment experiment) {
        return ImmutableExperiment.copyOf(experiment)
            .withLifecycle(Lifecycle.planned(experiment.plannedEnd()))
            .withReviews(List.of())
            .withKpis(experiment.kpis().stream().map(k -> Kpi.of(k.name(), k.target(), k.periodStart(), k.deadline())).toList());
    }
}
