package nl.sociaaldomein.atelier.examples.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.ImmutableCall;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * The trial round (proefronde) a user runs in this application next to Groningen's 2016 round:
 * a call of our own making, not from the sources, so that initiatives can be submitted, scored,
 * decided and objected to through the pages and the API. It is the 2016 call with its framework
 * and limits, on the pot {@code jeugd-2016} of the same budget (which the 2016 round leaves
 * untouched, so the figures of the sources stay as they are), open for applications from
 * 01-07-2016 to 30-09-2016 and decided from 01-10-2016 to 31-12-2016, inside the pot's year.
 */
public final class TrialRound {

    public static final String CALL_ID = "proefronde-2016";
    public static final String POT_ID = "jeugd-2016";
    public static final LocalDate INTAKE_START = LocalDate.of(2016, 7, 1);
    public static final LocalDate INTAKE_END = LocalDate.of(2016, 9, 30);
    public static final LocalDate DECISIONS_START = LocalDate.of(2016, 10, 1);
    public static final LocalDate DECISIONS_END = LocalDate.of(2016, 12, 31);
    /** How applications reach this call: a subsidy application, through the form or the API. */
    public static final IntakeChannel CHANNEL = IntakeChannel.SUBSIDY_APPLICATION;

    private TrialRound() {
    }

    /** The trial call, made from the 2016 round's call (the same municipality, framework and maximum). */
    public static Call call(RoundPlan plan) {
        return ImmutableCall.copyOf(plan.call()).withId(CALL_ID).withName("Proefronde (voorbeeld, niet uit de bronnen)")
            .withPotId(POT_ID)
            .withPhases(List.of(PhaseWindow.of(Phase.OPEN_FOR_IDEAS, INTAKE_START, INTAKE_END),
                PhaseWindow.of(Phase.DECISIONS, DECISIONS_START, DECISIONS_END)))
            .withIntakeChannels(Set.of(CHANNEL));
    }
}
