package nl.sociaaldomein.atelier.profile.groningen;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Groningen's two criteria frameworks and the route that decides which applies.
 *
 * <p>The Innovatieatelier of 2016 asked "of het initiatief een bijdrage levert aan" five things
 * (000_54832993d59957fc.txt): each criterion is scored contributes (1) or not (0), weight 1, and
 * the assessors' scores are combined by consensus. From 2017 projects are assessed "aan de hand
 * van een afwegingskader" when no Programme of Requirements applies; a subsidy is assessed "aan
 * de hand van een Programma van Eisen (PvE)" (003_8cbc039ce30155df.txt). The scale, weights and
 * combination are assumptions: the sources give none (README).
 */
public final class GroningenFrameworks {

    private static final Scale CONTRIBUTES = new Scale(0, 1);

    public static final CriteriaFramework INNOVATIEATELIER_2016 = CriteriaFramework.of("innovatieatelier-2016",
        Text.of("Criteria Innovatieatelier Sociaal Domein 2016", "Social Domain Innovation Workshop criteria 2016"), List.of(
            Criterion.scored("care-innovation", Text.of("Vernieuwing/innovatie in de zorg", "Renewal/innovation in care"), CONTRIBUTES, 1),
            Criterion.scored("care-substitution", Text.of("Substitutie in de zorg", "Substitution in care"), CONTRIBUTES, 1),
            Criterion.scored("care-efficiency-or-quality", Text.of("Efficiency en/of kwaliteitsverbetering in de zorg",
                "Efficiency and/or quality improvement in care"), CONTRIBUTES, 1),
            Criterion.scored("right-to-challenge", Text.of("Right to Challenge", "Right to Challenge"), CONTRIBUTES, 1),
            Criterion.scored("self-and-mutual-reliance", Text.of("De zelf- en samenredzaamheid van onze inwoners",
                "Residents' self-reliance and mutual reliance"), CONTRIBUTES, 1)),
        Optional.empty(), 0, ScoreCombinations.CONSENSUS).toEither().getOrElseThrow(GroningenFrameworks::invalid);

    /** The third question is a requirement (not needed in the neighbourhood: not funded): an assumption, see README. */
    public static final CriteriaFramework AFWEGINGSKADER_2017 = CriteriaFramework.of("afwegingskader-2017",
        Text.of("Afwegingskader (projecten zonder PvE)", "Assessment framework (projects without a programme of requirements)"), List.of(
            Criterion.scored("care-substitution", Text.of("Draagt bij aan substitutie in de zorg", "Contributes to substitution in care"),
                CONTRIBUTES, 1),
            Criterion.scored("innovated-care-quality", Text.of("Levert kwalitatief goede, geïnnoveerde zorg c.q. ondersteuning",
                "Delivers good-quality, innovated care or support"), CONTRIBUTES, 1),
            Criterion.knockOut("needed-in-neighbourhood", Text.of("De voorziening is echt nodig in de wijk",
                "The provision is really needed in the neighbourhood"))),
        Optional.empty(), 0, ScoreCombinations.CONSENSUS).toEither().getOrElseThrow(GroningenFrameworks::invalid);

    public static final List<CriteriaFramework> ALL = List.of(INNOVATIEATELIER_2016, AFWEGINGSKADER_2017);

    private GroningenFrameworks() {
    }

    /**
     * The framework a 2017 project is assessed by: none of these when it is a subsidy with a
     * Programme of Requirements (then the PvE itself is the test), otherwise the afwegingskader.
     */
    public static Optional<CriteriaFramework> frameworkFor2017Project(boolean subsidyWithProgrammeOfRequirements) {
        return subsidyWithProgrammeOfRequirements ? Optional.empty() : Optional.of(AFWEGINGSKADER_2017);
    }

    private static IllegalStateException invalid(java.util.List<nl.sociaaldomein.atelier.problem.Problem> problems) {
        return new IllegalStateException("Groningen's framework is invalid: " + problems);
    }
}
