package nl.sociaaldomein.atelier.jackson.types;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.assessment.CriterionKind;
import nl.sociaaldomein.atelier.assessment.Verdict;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.ImmutableCall;
import nl.sociaaldomein.atelier.experiment.ImmutableExperiment;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.ImmutableMunicipality;
import nl.sociaaldomein.atelier.initiative.ImmutablePortfolio;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.reporting.ImmutableDossier;

/**
 * Every shape of Atelier's types, as one list a JSON library's module registers. Adding a type
 * (a new event, say) is two steps: a {@link Shape} for it in the shapes class of its package,
 * and one {@code add(...)} line here; {@code RoundTripProperties} then wants a generator for it
 * (its test {@code everyRegisteredTypeHasARoundTrip} fails until there is one).
 *
 * <p>Not listed: {@code Result}, whose value's type is the caller's, so each adapter registers it
 * itself with {@link ResultProblemShapes#result} and a reader of the value type asked for.
 */
public final class AtelierShapes {

    private final List<Registration<?>> all = new ArrayList<>();

    private AtelierShapes(Frameworks frameworks) {
        AssessmentShapes assessments = new AssessmentShapes(frameworks);
        CallShapes calls = new CallShapes(assessments);

        add(MoneyShape.MONEY);
        add(PartialDateShape.DATE);
        add(TextShape.TEXT);
        add(ProvenanceShape.PROVENANCE);
        add(ResultProblemShapes.KIND);
        add(ResultProblemShapes.PLACE);
        add(ResultProblemShapes.PROBLEM);

        add(InitiativeShapes.CBS_CODE);
        add(InitiativeShapes.ORGANISATION_KIND);
        add(InitiativeShapes.INTAKE_CHANNEL);
        add(InitiativeShapes.LEGAL_FRAMEWORK);
        add(InitiativeShapes.MUNICIPALITY, ImmutableMunicipality.class);
        add(InitiativeShapes.APPLICANT);
        add(InitiativeShapes.INITIATIVE, ImmutableInitiative.class);
        add(InitiativeShapes.PERIOD);
        add(InitiativeShapes.PORTFOLIO, ImmutablePortfolio.class);

        add(assessments.framework());
        add(assessments.result());
        add(assessments.criterionResult());

        add(CallShapes.PHASE);
        add(CallShapes.DECISION_KIND);
        add(CallShapes.ABOVE_MAXIMUM);
        add(CallShapes.PHASE_WINDOW);
        add(CallShapes.BUDGET_EFFECT);
        add(CallShapes.CALL, ImmutableCall.class);
        add(calls.motivation());
        add(calls.decision());
        add(CallShapes.ENTRY_KIND);
        add(calls.bookEntry());
        add(calls.round());
        add(DossierShape.dossier(calls.round()), ImmutableDossier.class);

        add(LedgerShapes.ENTRY);
        add(LedgerShapes.REJECTION_KIND);
        add(LedgerShapes.GRANT_STATUS);
        add(LedgerShapes.FUNDING);
        add(LedgerShapes.REJECTION);
        add(LedgerShapes.PERIOD);
        add(LedgerShapes.POT);
        add(LedgerShapes.TREE);
        add(LedgerShapes.POT_VIEW);
        add(LedgerShapes.GRANT_VIEW);
        add(LedgerShapes.RESERVATION_VIEW);
        add(LedgerShapes.BUDGET_VIEW);
        add(LedgerShapes.RECORDED_ENTRY);
        add(LedgerShapes.JOURNAL_RECORD);
        add(LedgerShapes.POSTED);
        add(LedgerShapes.POSTED_BATCH);

        add(ExperimentShapes.STATE);
        add(ExperimentShapes.VERDICT);
        add(ExperimentShapes.NUMBER);
        add(ExperimentShapes.REVIEW);
        add(ExperimentShapes.TRANSITION);
        add(ExperimentShapes.LIFECYCLE);
        add(ExperimentShapes.STEP);
        add(ExperimentShapes.SUCCESSOR);
        add(ExperimentShapes.MEASUREMENT);
        add(ExperimentShapes.KPI);
        add(ExperimentShapes.PROGRESS);
        add(ExperimentShapes.ON_TRACK);
        add(ExperimentShapes.OBSERVATION);
        add(ExperimentShapes.INDICATOR);
        add(ExperimentShapes.POLICY_PLAN);
        add(ExperimentShapes.PUBLISHED_ROW);
        add(ExperimentShapes.EXPERIMENT, ImmutableExperiment.class);
        add(ExperimentShapes.ENDED);
        add(RegisterShapes.SOURCE);
        add(RegisterShapes.PROVENANCE_MAP);
        add(RegisterShapes.REGISTER);

        add(EventShapes.STAMP);
        add(EventShapes.ROUND_EVENT);
        add(EventShapes.EXPERIMENT_EVENT);
        add(EventShapes.RECORDED);

        add(ReportShape.REPORT);

        // Enums a host may hold on their own: the same codes as inside the shapes above.
        add(Basic.code(PartialDate.Precision.class));
        add(Basic.code(CriterionKind.class));
        add(Basic.code(Verdict.class));
        add(Basic.code(OnTrack.Verdict.class));
    }

    /**
     * The shapes of every Atelier type, reading assessments with {@code frameworks}.
     *
     * @param frameworks the criteria frameworks known by id
     * @return the registrations, one per type
     */
    public static List<Registration<?>> all(Frameworks frameworks) {
        return List.copyOf(new AtelierShapes(frameworks).all);
    }

    private <T> void add(Shape<T> shape) {
        add(shape, List.of());
    }

    /** A type whose Immutables implementation ({@code ImmutableX}) can be asked for by its own class. */
    private <T> void add(Shape<T> shape, Class<? extends T> implementation) {
        add(shape, List.of(implementation));
    }

    private <T> void add(Shape<T> shape, List<Class<? extends T>> implementations) {
        List<Class<? extends T>> subtypes = new ArrayList<>(implementations);
        addPermitted(shape.type(), subtypes);
        all.add(new Registration<>(shape, List.copyOf(subtypes)));
    }

    /** A sealed type's variants (and theirs), each registered so it can be asked for by its own class. */
    @SuppressWarnings("unchecked")
    private static <T> void addPermitted(Class<T> type, List<Class<? extends T>> into) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted == null) {
            return;
        }
        for (Class<?> subtype : permitted) {
            into.add((Class<? extends T>) subtype);
            addPermitted((Class<T>) subtype, into);
        }
    }

    /**
     * One type's shape, and the subtypes (variants, Immutables implementations) that are read
     * and written with it.
     *
     * @param <T>      the type
     * @param shape    its shape
     * @param subtypes its subtypes
     */
    public record Registration<T>(Shape<T> shape, List<Class<? extends T>> subtypes) {
    }
}
