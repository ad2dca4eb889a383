package nl.sociaaldomein.atelier.profile.groningen;

import nl.sociaaldomein.atelier.text.Text;
import java.util.List;

/**
 * How Groningen follows its projects, as data for the experiment package's review cadence.
 *
 * <p>Network meetings: "Deze netwerkbijeenkomsten worden in het najaar van 2016 en in het voorjaar
 * van 2017 georganiseerd" (000_54832993d59957fc.txt). Reviews: "Tussentijds en aan het einde van
 * de rit bekijken we hoe een project ervoor staat en in hoeverre het wenselijk is om een project
 * al dan niet voort te zetten of aan te passen. De uitkomst kan dus ook zijn dat we afscheid van
 * elkaar nemen" (003_8cbc039ce30155df.txt).
 */
public final class GroningenReviews {

    /** When initiators present their progress to the municipality and each other. */
    public static final List<Text> NETWORK_MEETING_SEASONS = List.of(
        new Text("voorjaar", "spring"), new Text("najaar", "autumn"));

    /** The points in a project's life at which it is reviewed. */
    public static final List<Text> REVIEW_POINTS = List.of(
        new Text("tussentijds", "mid-way"), new Text("aan het einde van de rit", "at the end"));

    /** What a review can decide. */
    public static final List<Text> REVIEW_OUTCOMES = List.of(
        new Text("voortzetten", "continue"), new Text("aanpassen", "adjust"), new Text("afscheid nemen", "stop"));

    private GroningenReviews() {
    }
}
