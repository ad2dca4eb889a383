package nl.sociaaldomein.atelier.profile.hoogeveen;

import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.ImmutableCall;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.profile.Thresholds;

/** A call as the motion asks for one (002_9515f7258e93469e.txt); the caller adds its phases. */
public final class HoogeveenCalls {

    static final Municipality HOOGEVEEN = Municipality.of("Hoogeveen", "GM0118");

    private HoogeveenCalls() {
    }

    /**
     * A call with one-off support ("inwoners en maatschappelijke organisaties eenmalige
     * ondersteuning moeten kunnen krijgen"), intake by pitch ("uitgenodigd te worden en plannen of
     * ideeën te pitchen") and the amount limits of the given (possibly overridden) thresholds.
     */
    public static ImmutableCall.Builder call(String id, String name, String potId, Thresholds thresholds) {
        return Call.builder().id(id).municipality(HOOGEVEEN).name(name).potId(potId).oneOff(true)
            .addIntakeChannels(IntakeChannel.INNOVATION_WORKSHOP_PITCH)
            .minimumAmount(thresholds.minPerInitiative()).maximumAmount(thresholds.maxPerInitiative());
    }
}
