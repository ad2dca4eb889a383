package nl.sociaaldomein.atelier.initiative;

import java.util.List;

/**
 * How an initiative reached the municipality. The constants are the routes named in
 * 003_8cbc039ce30155df.txt (Innovatieatelier, Right to Challenge, area-based work) plus the
 * regular subsidy application; the set is open.
 */
public record IntakeChannel(String code) {

    public static final IntakeChannel INNOVATION_WORKSHOP_PITCH = new IntakeChannel("innovation-workshop-pitch");
    public static final IntakeChannel RIGHT_TO_CHALLENGE = new IntakeChannel("right-to-challenge");
    public static final IntakeChannel AREA_BASED_WORK = new IntakeChannel("area-based-work");
    public static final IntakeChannel SUBSIDY_APPLICATION = new IntakeChannel("subsidy-application");

    public static final List<IntakeChannel> KNOWN =
        List.of(INNOVATION_WORKSHOP_PITCH, RIGHT_TO_CHALLENGE, AREA_BASED_WORK, SUBSIDY_APPLICATION);

    public IntakeChannel {
        Code.require(code, "an intake channel", "right-to-challenge");
    }
}
