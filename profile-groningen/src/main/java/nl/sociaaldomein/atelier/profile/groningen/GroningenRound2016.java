package nl.sociaaldomein.atelier.profile.groningen;

import java.util.List;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * The Innovatieatelier Sociaal Domein 2016 as a round file shipped with the profile
 * ({@code innovatieatelier-2016.yaml}): 43 ideas, the 19 grants of the annex, the college's
 * decisions and the budget tree. Sources and assumptions are cited in the file.
 */
public final class GroningenRound2016 {

    /** The resource's name, next to this class. */
    public static final String RESOURCE = "innovatieatelier-2016.yaml";

    private GroningenRound2016() {
    }

    /** The file's bytes as shipped. */
    public static byte[] bytes() {
        return BundledResource.bytes(GroningenRound2016.class, RESOURCE);
    }

    /** The round as read, or every problem in the file. */
    public static Result<RoundPlan> read() {
        return RoundFileReader.readProfileData(RESOURCE, bytes(), InputFormat.YAML);
    }

    /** The round; the shipped file is checked by the profile's tests, so a problem here is a packaging error. */
    public static RoundPlan plan() {
        return Holder.PLAN;
    }

    private static final class Holder {
        static final RoundPlan PLAN = read().toEither().getOrElseThrow(problems -> new IllegalStateException(
            "the shipped " + RESOURCE + " does not read: " + problems));
    }
}
