package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AutomaticRules;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The motion's test and themes as a criteria framework (002_9515f7258e93469e.txt): "Belangrijk is
 * om te kijken naar onze beleidsdoelen, daar moet aan worden getoetst" is a knock-out; the themes
 * "stimuleren van zelfredzaamheid, samenwerken op het gebied van zorg of bijvoorbeeld meer aandacht
 * voor het voorkomen van problemen (preventie)" are scored. The maximum subsidy ("hoogte van het
 * (maximale) subsidiebedrag") is checked automatically against the call's limits. Scale, weights,
 * minimum and score combination are assumptions (see the README).
 */
public final class HoogeveenCriteria {

    public static final String FRAMEWORK_ID = "innovatie-sociaal-domein-2016";

    /** Assumption: the motion gives no scale; 0–10 is the Dutch school mark every assessor knows. */
    static final Scale SCALE = new Scale(0, 10);

    /** Assumption: the motion ranks no theme above another, so each weighs the same. */
    static final int WEIGHT = 1;

    /**
     * Assumption: a third of the 30 points. The motion names the themes as examples ("te denken
     * valt aan bijvoorbeeld"), so an initiative need not serve all three, but must clearly serve one.
     */
    static final long MINIMUM_TOTAL = 10;

    public static final CriteriaFramework FRAMEWORK = CriteriaFramework.of(FRAMEWORK_ID,
            Text.of("Toetsing innovatie sociaal domein (motie 30 juni 2016)", "Social domain innovation test (motion of 30 June 2016)"),
            List.of(
                Criterion.automatic("amount-within-limits",
                    Text.of("Bedrag binnen de grenzen", "Amount within limits"), AutomaticRules.amountWithinLimits()),
                Criterion.knockOut("policy-goals",
                    Text.of("Getoetst aan de beleidsdoelen", "Tested against the policy goals")),
                Criterion.scored(HoogeveenThemes.SELF_RELIANCE,
                    Text.of("Stimuleren van zelfredzaamheid", "Promoting self-reliance"), SCALE, WEIGHT),
                Criterion.scored(HoogeveenThemes.CARE_COLLABORATION,
                    Text.of("Samenwerken op het gebied van zorg", "Collaboration in care"), SCALE, WEIGHT),
                Criterion.scored(HoogeveenThemes.PREVENTION,
                    Text.of("Voorkomen van problemen (preventie)", "Preventing problems (prevention)"), SCALE, WEIGHT)),
            Optional.empty(), MINIMUM_TOTAL, ScoreCombinations.MEAN)
        .toEither().getOrElseThrow(problems -> new IllegalStateException("Hoogeveen's framework does not validate: " + problems));

    private HoogeveenCriteria() {
    }
}
