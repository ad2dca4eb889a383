package ${package};

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.text.Text;

/** The municipality profile of ${municipality}: its criteria, thresholds, allocation and reports. */
public final class ${classPrefix}Profile extends AbstractMunicipalityProfile {

    /**
     * A knock-out and three weighted criteria on 1 to 5. An initiative is eligible from a weighted
     * total (Σ weight × score: here at most 100 × 5 = 500) of 300, with the assessors' median.
     */
    static final CriteriaFramework FRAMEWORK = CriteriaFramework.require(CriteriaFramework.of("${profileId}-criteria",
        Text.of("Afwegingskader ${municipality}", "Criteria of ${municipality}"), List.of(
            Criterion.knockOut("serves-residents", Text.of("Ten goede aan inwoners", "Benefits residents")),
            Criterion.scored("neighbourhood-need", Text.of("Nodig in de wijk", "Needed in the neighbourhood"), new Scale(1, 5), 50),
            Criterion.scored("residents-involved", Text.of("Inwoners doen mee", "Residents take part"), new Scale(1, 5), 30),
            Criterion.scored("lasting", Text.of("Blijvend effect", "Lasting effect"), new Scale(1, 5), 20)),
        Optional.of(100), 300, ScoreCombinations.MEDIAN));

    static final PlanningCalendar CALENDAR = PlanningCalendar.of(
        new ReportingMoment("half-year-report", new Text("halfjaarrapportage", "half-year report"),
            ReportingMoment.Frequency.HALF_YEARLY, ReportingMoment.Recipient.COUNCIL),
        new ReportingMoment("annual-accounts", new Text("jaarrekening", "annual accounts"),
            ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL));

    public ${classPrefix}Profile() {
        super("${profileId}", "${municipality}", "${cbsCode}");
    }

    @Override
    protected void configure() {
        thresholds().forEach((key, value) -> ThresholdKey.byKey((String) key).ifPresentOrElse(
            known -> ProfileBindings.threshold(binder(), known, (String) value),
            () -> addError("thresholds.properties: unknown threshold '" + key + "'")));
        bind(PlanningCalendar.class).toInstance(CALENDAR);
        ProfileBindings.named(binder(), CriteriaFramework.class, FRAMEWORK.id()).toInstance(FRAMEWORK);
        // Ranked by score; the first that does not fit gets what is left (Awb art. 4:25 lid 2).
        ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART));
        ProfileBindings.named(binder(), ReportFormat.class, GrantsList.ID).toInstance(new GrantsList());
    }

    private static Properties thresholds() {
        Properties values = new Properties();
        try (InputStream in = ${classPrefix}Profile.class.getResourceAsStream("thresholds.properties")) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
