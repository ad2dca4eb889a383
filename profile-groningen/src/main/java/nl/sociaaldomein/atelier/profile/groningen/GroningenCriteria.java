package nl.sociaaldomein.atelier.profile.groningen;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.profile.Label;
import nl.sociaaldomein.atelier.profile.groningen.Criterion.Kind;

/**
 * Groningen's two criteria frameworks and the route that decides which applies.
 *
 * <p>The Innovatieatelier of 2016 asked "of het initiatief een bijdrage levert aan" five things
 * (000_54832993d59957fc.txt). From 2017 projects are assessed "aan de hand van een
 * afwegingskader" when no Programme of Requirements applies; a subsidy is assessed "aan de hand
 * van een Programma van Eisen (PvE)" (003_8cbc039ce30155df.txt).
 */
public final class GroningenCriteria {

    public static final CriteriaFrameworkData INNOVATIEATELIER_2016 = new CriteriaFrameworkData("innovatieatelier-2016",
        new Label("Innovatieatelier Sociaal Domein 2016", "Social Domain Innovation Workshop 2016"), List.of(
            new Criterion("care-innovation",
                new Label("Vernieuwing/innovatie in de zorg", "Renewal/innovation in care"), Kind.CONTRIBUTION),
            new Criterion("care-substitution",
                new Label("Substitutie in de zorg", "Substitution in care"), Kind.CONTRIBUTION),
            new Criterion("care-efficiency-or-quality",
                new Label("Efficiency en/of kwaliteitsverbetering in de zorg", "Efficiency and/or quality improvement in care"),
                Kind.CONTRIBUTION),
            new Criterion("right-to-challenge",
                new Label("Right to Challenge", "Right to Challenge"), Kind.CONTRIBUTION),
            new Criterion("self-and-mutual-reliance",
                new Label("De zelf- en samenredzaamheid van onze inwoners",
                    "Residents' self-reliance and mutual reliance"), Kind.CONTRIBUTION)));

    public static final CriteriaFrameworkData AFWEGINGSKADER_2017 = new CriteriaFrameworkData("afwegingskader-2017",
        new Label("Afwegingskader (projecten zonder PvE)", "Assessment framework (projects without a programme of requirements)"),
        List.of(
            new Criterion("care-substitution",
                new Label("Draagt bij aan substitutie in de zorg", "Contributes to substitution in care"), Kind.CONTRIBUTION),
            new Criterion("innovated-care-quality",
                new Label("Levert kwalitatief goede, geïnnoveerde zorg c.q. ondersteuning",
                    "Delivers good-quality, innovated care or support"), Kind.CONTRIBUTION),
            new Criterion("needed-in-neighbourhood",
                new Label("De voorziening is echt nodig in de wijk", "The provision is really needed in the neighbourhood"),
                Kind.REQUIREMENT)));

    public static final List<CriteriaFrameworkData> FRAMEWORKS = List.of(INNOVATIEATELIER_2016, AFWEGINGSKADER_2017);

    private GroningenCriteria() {
    }

    /**
     * The framework a 2017 project is assessed by: none of these when it is a subsidy with a
     * Programme of Requirements (then the PvE itself is the test), otherwise the afwegingskader.
     */
    public static Optional<CriteriaFrameworkData> frameworkFor2017Project(boolean subsidyWithProgrammeOfRequirements) {
        return subsidyWithProgrammeOfRequirements ? Optional.empty() : Optional.of(AFWEGINGSKADER_2017);
    }
}
