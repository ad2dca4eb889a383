package org.example.voorbeeldstad;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.sociaaldomein.atelier.assessment.AutomaticRules;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/** Voorbeeldstad (fictief): a fictional municipality showing every part of a profile. Not a real place. */
public final class VoorbeeldstadProfile extends AbstractMunicipalityProfile {

    static final CriteriaFramework FRAMEWORK = CriteriaFramework.of("voorbeeldstad-2025",
            Text.of("Afwegingskader Voorbeeldstad (fictief)", "Voorbeeldstad criteria (fictional)"),
            List.of(
                Criterion.automatic("amount-within-limits", Text.of("Bedrag binnen de grenzen", "Amount within limits"),
                    AutomaticRules.amountWithinLimits()),
                Criterion.scored("neighbourhood-need", Text.of("Nodig in de wijk", "Needed in the neighbourhood"), new Scale(1, 5), 60),
                Criterion.scored("residents-involved", Text.of("Inwoners doen mee", "Residents take part"), new Scale(1, 5), 40)),
            Optional.of(100), 300, ScoreCombinations.MEDIAN)
        .toEither().getOrElseThrow(problems -> new IllegalStateException(problems.mkString("; ")));

    static final PlanningCalendar CALENDAR = PlanningCalendar.of(
        new ReportingMoment("half-year-report", new Text("halfjaarrapportage", "half-year report"),
            ReportingMoment.Frequency.HALF_YEARLY, ReportingMoment.Recipient.COUNCIL),
        new ReportingMoment("annual-accounts", new Text("jaarrekening", "annual accounts"),
            ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL));

    public VoorbeeldstadProfile() {
        // GM9999 is well-formed, but no real municipality has it.
        super("voorbeeldstad", "Voorbeeldstad (fictief)", "GM9999");
    }

    @Override
    protected void configure() {
        thresholds().forEach((key, value) -> ThresholdKey.byKey((String) key).ifPresentOrElse(
            known -> ProfileBindings.threshold(binder(), known, (String) value),
            () -> addError("thresholds.properties: unknown threshold '" + key + "'")));
        bind(PlanningCalendar.class).toInstance(CALENDAR);
        ProfileBindings.named(binder(), CriteriaFramework.class, FRAMEWORK.id()).toInstance(FRAMEWORK);
        ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART));
        ProfileBindings.named(binder(), ReportFormat.class, GrantsList.ID).toInstance(new GrantsList());
    }

    private static Properties thresholds() {
        Properties values = new Properties();
        try (InputStream in = VoorbeeldstadProfile.class.getResourceAsStream("thresholds.properties")) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
