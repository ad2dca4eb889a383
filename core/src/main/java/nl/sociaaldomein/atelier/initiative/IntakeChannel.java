package nl.sociaaldomein.atelier.initiative;

import java.util.List;

/**
 * How an initiative reached the municipality. The constants are the routes named in
 * 003_8cbc039ce30155df.txt (Innovatieatelier, Right to Challenge, area-based work) plus the
 * regular subsidy application; the set is open.
 */
public record IntakeChannel(String code) {

    /** A pitch at an innovation workshop (innovatieatelier). */
    public static final IntakeChannel INNOVATION_WORKSHOP_PITCH = new IntakeChannel("innovation-workshop-pitch");
    /** Right to Challenge: residents take over a task of the municipality. */
    public static final IntakeChannel RIGHT_TO_CHALLENGE = new IntakeChannel("right-to-challenge");
    /** Area-based work (gebiedsgericht werken). */
    public static final IntakeChannel AREA_BASED_WORK = new IntakeChannel("area-based-work");
    /** A subsidy application. */
    public static final IntakeChannel SUBSIDY_APPLICATION = new IntakeChannel("subsidy-application");

    /** The channels the library knows; a file may name others in the same form. */
    public static final List<IntakeChannel> KNOWN =
        List.of(INNOVATION_WORKSHOP_PITCH, RIGHT_TO_CHALLENGE, AREA_BASED_WORK, SUBSIDY_APPLICATION);

    /**
     * Checks the code's form.
     *
     * @param code lower-case words joined by hyphens, e.g. {@code right-to-challenge}
     * @throws IllegalArgumentException when the code has another form
     */
    public IntakeChannel {
        Code.require(code, "an intake channel", "een intakekanaal", "right-to-challenge");
    }
}
