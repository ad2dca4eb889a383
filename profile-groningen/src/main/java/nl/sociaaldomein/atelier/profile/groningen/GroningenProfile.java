package nl.sociaaldomein.atelier.profile.groningen;

import com.google.inject.Inject;
import com.google.inject.Provider;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.profile.groningen.meedoen.MeedoenLetterFormat;
import nl.sociaaldomein.atelier.profile.groningen.progress.GroningenProgress;
import nl.sociaaldomein.atelier.profile.groningen.progress.HalfYearProgress;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * Groningen (GM0014): the Innovatieatelier Sociaal Domein. Every value and its source, or the
 * assumption behind it, is in this module's README.
 */
public final class GroningenProfile extends AbstractMunicipalityProfile {

    /** The largest grant of the 2016 round (Ondernemend Zuid); the letter sets no maximum. An assumption. */
    static final Money MAX_PER_INITIATIVE = Money.ofEuros(250_000);

    /** Kept back for ideas later in the year; the letter names no share. An assumption. */
    static final int RESERVE_FOR_LATER_PERCENT = 10;

    public GroningenProfile() {
        super("groningen", "Groningen", "GM0014");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, MAX_PER_INITIATIVE);
        ProfileBindings.threshold(binder(), ThresholdKey.RESERVE_FOR_PENDING, "true");
        ProfileBindings.threshold(binder(), ThresholdKey.RESERVE_FOR_LATER_PERCENT, String.valueOf(RESERVE_FOR_LATER_PERCENT));
        bind(PlanningCalendar.class).toInstance(GroningenCalendar.CALENDAR);
        for (CriteriaFramework framework : GroningenFrameworks.ALL) {
            ProfileBindings.named(binder(), CriteriaFramework.class, framework.id()).toInstance(framework);
        }
        ProfileBindings.choose(binder(), AllocationPolicy.class).toProvider(PolicyFromThresholds.class);
        // The € 3.000.000 programme and its three pots, as the shipped 2016 round file gives them. Read
        // when first asked for (an unscoped provider is not built at load), so loading stays quick.
        bind(BudgetTree.class).toProvider(() -> GroningenRound2016.plan().budget());
        ProfileBindings.named(binder(), ReportFormat.class, GrantsAnnexFormat.ID).toInstance(new GrantsAnnexFormat());
        ProfileBindings.named(binder(), ReportFormat.class, RoundSummaryFormat.ID).toInstance(new RoundSummaryFormat());
        // Projects are followed mid-way and at the end (003_…); the 2016 projects go with the P&C cycle's half-year report (000_…).
        ProfileBindings.choose(binder(), ReviewCadence.class).toInstance(GroningenProgress.CADENCE);
        // The register's numbering and status words, so any tool reads meedoen-2017.yaml through the profile.
        ProfileBindings.choose(binder(), ExperimentNumbering.class).toInstance(GroningenProgress.NUMBERING);
        ProfileBindings.choose(binder(), OutcomeVocabulary.class).toInstance(GroningenProgress.VOCABULARY);
        ProfileBindings.named(binder(), ReportFormat.class, HalfYearProgress.ID).toInstance(new HalfYearProgress(GroningenProgress.CADENCE));
        // The letter on meedoen (003_…) in full: all 24 annex projects, programmes, afwegingskader, funding, intake.
        ProfileBindings.named(binder(), ReportFormat.class, MeedoenLetterFormat.ID).toInstance(new MeedoenLetterFormat());
    }

    /** The college's policy, with the reservation rule of the thresholds in force (overrides included). */
    static final class PolicyFromThresholds implements Provider<AllocationPolicy> {

        private final Thresholds thresholds;

        @Inject
        PolicyFromThresholds(Thresholds thresholds) {
            this.thresholds = thresholds;
        }

        @Override
        public AllocationPolicy get() {
            return new AwaitingTheCollege(thresholds.reserveForPending(), thresholds.reserveForLaterPercent());
        }
    }
}
