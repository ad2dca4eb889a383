package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.CriterionKind;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.assessment.Verdict;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.GrantStatus;
import nl.sociaaldomein.atelier.budget.GrantView;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Posted;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.budget.RecordedEntry;
import nl.sociaaldomein.atelier.budget.Rejection;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.budget.ReservationView;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.AboveMaximum;
import nl.sociaaldomein.atelier.call.BudgetEffect;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionBook;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Motivation;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Ended;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.experiment.LifecycleStep;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.Progress;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Successor;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.PortfolioGen;
import nl.sociaaldomein.atelier.jackson.types.AtelierShapes;
import nl.sociaaldomein.atelier.jackson.types.Frameworks;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Every type the module registers, generated: value → JSON → value gives an equal value, JSON →
 * value → JSON gives the same text, and a mapper set up the way a Spring Boot application sets
 * one up (snake case, no nulls, dates not as timestamps, unknown fields allowed, indented) writes
 * the same JSON and reads it back the same.
 */
class RoundTripProperties {

    /** Types written only, each with the reason. */
    static final Map<Class<?>, String> WRITTEN_ONLY = Map.of(
        Report.class, "made again from its dossier",
        CriterionResult.class, "read as part of its AssessmentResult");

    /**
     * Types checked on a part of the cases, each with the share (1 in N) and the reason: their
     * values are long and their generators slow, and the time of the whole build is limited.
     */
    static final Map<Class<?>, Integer> FEWER_CASES = Map.of(
        Round.class, 4);  // each initiative holds its assessment and history; RoundReadBackProperties checks more rounds part by part

    /** What equality means for a type that has none of its own. */
    static final Map<Class<?>, Function<Object, Object>> COMPARED_BY = Map.of(
        BudgetTree.class, tree -> ((BudgetTree) tree).pots());

    static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new AtelierJacksonModule().withFrameworks(ValueGen.frameworks()));

    static final ObjectMapper SPRING_LIKE = new ObjectMapper()
        .findAndRegisterModules()
        .registerModule(new AtelierJacksonModule().withFrameworks(ValueGen.frameworks()))
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT);

    /** Internal, so that natural persons' names are written and read back (public writes are in {@link PrivacyTest}). */
    static final RenderOptions INTERNAL = RenderOptions.defaults().withAudience(Audience.INTERNAL);

    static final Map<Class<?>, Gen<?>> GENERATORS = generators();

    private static Map<Class<?>, Gen<?>> generators() {
        Map<Class<?>, Gen<?>> g = new LinkedHashMap<>();
        g.put(Money.class, ValueGen.money());
        g.put(PartialDate.class, ValueGen.dates());
        g.put(Text.class, ValueGen.bilingual());
        g.put(Provenance.class, ValueGen.provenance());
        g.put(ProblemKind.class, ValueGen.constants(ProblemKind.class));
        g.put(Place.class, ValueGen.places());
        g.put(nl.sociaaldomein.atelier.problem.Problem.class, ValueGen.resultProblems());
        g.put(CbsCode.class, ValueGen.cbsCodes());
        g.put(OrganisationKind.class, PortfolioGen.codes().map(OrganisationKind::new));
        g.put(IntakeChannel.class, PortfolioGen.codes().map(IntakeChannel::new));
        g.put(LegalFramework.class, PortfolioGen.codes().map(LegalFramework::new));
        g.put(Municipality.class, ValueGen.municipalities());
        g.put(Applicant.class, ValueGen.applicants());
        g.put(Initiative.class, ValueGen.initiatives());
        g.put(Portfolio.Period.class, Gen.combine(ValueGen.days(), Gen.longs(0, 999), (d, n) -> new Portfolio.Period(d, d.plusDays(n))));
        g.put(Portfolio.class, PortfolioGen.portfolios());
        g.put(CriteriaFramework.class, ValueGen.knownFrameworks());
        g.put(AssessmentResult.class, ValueGen.assessments());
        g.put(Phase.class, ValueGen.constants(Phase.class));
        g.put(DecisionKind.class, ValueGen.constants(DecisionKind.class));
        g.put(AboveMaximum.class, ValueGen.constants(AboveMaximum.class));
        g.put(PhaseWindow.class, ValueGen.phaseWindows());
        g.put(BudgetEffect.class, ValueGen.budgetEffects());
        g.put(Call.class, ValueGen.calls());
        g.put(Motivation.class, ValueGen.budgetEffects().flatMap(ValueGen::motivations));
        g.put(Decision.class, ValueGen.decisions());
        g.put(DecisionBook.EntryKind.class, ValueGen.constants(DecisionBook.EntryKind.class));
        g.put(DecisionBook.Entry.class, ValueGen.bookEntries());
        g.put(Round.class, RoundGen.rounds());
        g.put(Dossier.class, ValueGen.dossiers());
        g.put(LedgerEntry.class, ValueGen.entries());
        g.put(RejectionKind.class, ValueGen.constants(RejectionKind.class));
        g.put(GrantStatus.class, ValueGen.constants(GrantStatus.class));
        g.put(Funding.class, ValueGen.funding());
        g.put(Rejection.class, ValueGen.rejections());
        g.put(BudgetPeriod.class, ValueGen.budgetPeriods());
        g.put(Pot.class, ValueGen.pots());
        g.put(BudgetTree.class, ValueGen.trees());
        g.put(PotView.class, ValueGen.potViews());
        g.put(GrantView.class, ValueGen.grantViews());
        g.put(ReservationView.class, ValueGen.reservationViews());
        g.put(BudgetView.class, ValueGen.budgetViews());
        g.put(RecordedEntry.class, ValueGen.recordedEntries());
        g.put(JournalRecord.class, ValueGen.journalRecords());
        g.put(Posted.class, ValueGen.postings());
        g.put(PostedBatch.class, ValueGen.postedBatches());
        g.put(ExperimentState.class, ValueGen.constants(ExperimentState.class));
        g.put(ReviewVerdict.class, ValueGen.constants(ReviewVerdict.class));
        g.put(ExperimentNumber.class, ValueGen.experimentNumbers());
        g.put(Review.class, ValueGen.reviews());
        g.put(Transition.class, ValueGen.transitions(0));
        g.put(Lifecycle.class, ValueGen.lifecycles(0));
        g.put(LifecycleStep.class, ValueGen.steps());
        g.put(Successor.class, ValueGen.successors(0));
        g.put(Measurement.class, ValueGen.measurements());
        g.put(Kpi.class, ValueGen.kpis());
        g.put(Progress.class, ValueGen.progress());
        g.put(OnTrack.class, ValueGen.onTrack());
        g.put(QualitativeIndicator.Observation.class, ValueGen.observations());
        g.put(QualitativeIndicator.class, ValueGen.indicators());
        g.put(PolicyPlan.class, ValueGen.policyPlans());
        g.put(PublishedRow.class, ValueGen.publishedRows());
        g.put(Experiment.class, ValueGen.experiments());
        g.put(Ended.class, ValueGen.endings());
        g.put(RegisterSource.class,
            Gen.combine(PortfolioGen.texts(), PortfolioGen.texts(), RegisterSource::new));
        g.put(ProvenanceMap.class, ValueGen.provenanceMaps());
        g.put(ExperimentRegister.class, ValueGen.registers());
        g.put(Stamp.class, ValueGen.stamps());
        g.put(RoundEvent.class, ValueGen.roundEvents());
        g.put(ExperimentEvent.class, ValueGen.experimentEvents());
        g.put(Recorded.class, ValueGen.recordedEvents());
        g.put(PartialDate.Precision.class, ValueGen.constants(PartialDate.Precision.class));
        g.put(CriterionKind.class, ValueGen.constants(CriterionKind.class));
        g.put(Verdict.class, ValueGen.constants(Verdict.class));
        g.put(OnTrack.Verdict.class, ValueGen.constants(OnTrack.Verdict.class));
        return g;
    }

    @Test
    void everyRegisteredTypeHasARoundTrip() {
        Set<Class<?>> registered = AtelierShapes.all(Frameworks.NONE).stream().map(r -> r.shape().type()).collect(Collectors.toSet());
        Set<Class<?>> covered = new java.util.HashSet<>(GENERATORS.keySet());
        covered.addAll(WRITTEN_ONLY.keySet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyTypeReadsBackEqualAndWritesTheSameTextAgain() {
        for (Map.Entry<Class<?>, Gen<?>> entry : GENERATORS.entrySet()) {
            roundTrip(entry.getKey(), entry.getValue());
        }
    }

    @Test
    void variantsOfSealedTypesReadBackAsTheirOwnClass() {
        Property.named("a decision, a ledger entry, a transition or an event reads back when asked for by its own class")
            .forAll(Gen.choose(ValueGen.decisions(), ValueGen.entries(), ValueGen.transitions(0), ValueGen.applicants(),
                ValueGen.roundEvents(), ValueGen.experimentEvents()))
            .check(value -> {
                try {
                    String json = AtelierJacksonModule.writer(PLAIN, INTERNAL).writeValueAsString(value);
                    assertThat(PLAIN.readValue(json, value.getClass())).isEqualTo(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
    }

    @Test
    void aHostsSettingsDoNotChangeTheShape() {
        for (Map.Entry<Class<?>, Gen<?>> entry : GENERATORS.entrySet()) {
            sameUnderSpringSettings(entry.getKey(), entry.getValue());
        }
    }

    private static <T> void roundTrip(Class<?> type, Gen<?> gen) {
        Class<T> t = cast(type);
        Gen<T> values = cast(gen);
        ObjectWriter writer = AtelierJacksonModule.writer(PLAIN, INTERNAL);
        Function<Object, Object> key = COMPARED_BY.getOrDefault(t, Function.identity());
        Property.named(t.getSimpleName() + " reads back equal and writes the same JSON again")
            .tries(Math.max(1, Settings.fromSystemProperties().tries() / FEWER_CASES.getOrDefault(t, 1)))
            .forAll(values)
            .check(value -> {
                try {
                    String json = writer.writeValueAsString(value);
                    T back = PLAIN.readValue(json, t);
                    assertThat(key.apply(back)).as(json).isEqualTo(key.apply(value));
                    assertThat(writer.writeValueAsString(back)).isEqualTo(json);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
    }

    /**
     * The host's settings change whitespace at most: the same tree, read back the same. A tenth
     * of the cases: what it checks lies in the mapper's set-up, not in the values.
     */
    private static <T> void sameUnderSpringSettings(Class<?> type, Gen<?> gen) {
        Class<T> t = cast(type);
        Gen<T> values = cast(gen);
        ObjectWriter plain = AtelierJacksonModule.writer(PLAIN, INTERNAL);
        ObjectWriter springLike = AtelierJacksonModule.writer(SPRING_LIKE, INTERNAL);
        Function<Object, Object> key = COMPARED_BY.getOrDefault(t, Function.identity());
        Property.named(t.getSimpleName() + " has the same shape under Spring Boot's mapper settings")
            .tries(Math.max(1, Settings.fromSystemProperties().tries() / 10))
            .forAll(values)
            .check(value -> {
                try {
                    String indented = springLike.writeValueAsString(value);
                    assertThat(PLAIN.readTree(indented)).isEqualTo(PLAIN.readTree(plain.writeValueAsString(value)));
                    assertThat(key.apply(SPRING_LIKE.readValue(indented, t))).isEqualTo(key.apply(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
