package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.GrantView;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ReviewDue;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;
import org.springframework.stereotype.Component;

/** Builds the {@link Views} from the desks, once for the pages and the API alike. */
@Component
public class ViewMaker {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final RoundDesk round;
    private final ExperimentsDesk experiments;
    private final ReportDesk reports;

    public ViewMaker(RoundDesk round, ExperimentsDesk experiments, ReportDesk reports) {
        this.round = round;
        this.experiments = experiments;
        this.reports = reports;
    }

    public Views.Round round() {
        Call call = round.plan().call();
        List<Views.Phase> phases = phases(call);
        return new Views.Round(call.id(), call.name(), call.municipality().name(), call.potId(), call.maximumAmount(), phases,
            round.decisionDate(), round.round().initiatives().size());
    }

    public List<Views.Initiative> initiatives() {
        return initiatives(round.round());
    }

    /** The initiatives of a round with their assessments and decisions, as public pages show them. */
    static List<Views.Initiative> initiatives(Round r) {
        List<Views.Initiative> out = new ArrayList<>();
        for (nl.sociaaldomein.atelier.initiative.Initiative i : r.initiatives()) {
            AssessmentResult assessment = r.assessment(i.id());
            Optional<Decision> decision = r.decision(i.id());
            out.add(new Views.Initiative(i.id(), i.title(), i.applicant().publicName(), i.requestedAmount().orElse(null),
                assessment.isAssessed(), assessment.isEligible(),
                assessment.isAssessed() ? String.format(DUTCH, "%.2f", assessment.totalHundredths() / 100.0) : null,
                decision.map(d -> kind(d.kind())).orElse(null), decision.map(d -> d.kind().label()).orElse(null),
                decision.filter(Decision.Granted.class::isInstance).map(d -> ((Decision.Granted) d).amount()).orElse(null)));
        }
        return out;
    }

    public List<Views.Decision> decisions() {
        return decisions(round.round());
    }

    /** The decisions of a round with their motivations. */
    static List<Views.Decision> decisions(Round r) {
        List<Views.Decision> out = new ArrayList<>();
        for (nl.sociaaldomein.atelier.initiative.Initiative i : r.initiatives()) {
            r.decision(i.id()).ifPresent(d -> out.add(new Views.Decision(i.id(), i.title(), i.applicant().publicName(), kind(d.kind()),
                d.kind().label(), d instanceof Decision.Granted g ? g.amount() : null,
                r.book().decidedOn(i.id()).orElse(null),
                Text.of(d.motivation().render(DUTCH), d.motivation().render(Locale.ENGLISH)))));
        }
        return out;
    }

    public Views.Budget budget(LocalDate asOf, Optional<Instant> knownAt) {
        BudgetView view = round.budget(asOf, knownAt);
        List<Views.Pot> pots = new ArrayList<>();
        for (PotView pot : view.pots().values()) {
            Money used = pot.ceiling().minus(pot.remaining());
            int percent = pot.ceiling().isPositive() ? (int) Math.min(100, used.cents() * 100 / pot.ceiling().cents()) : 0;
            pots.add(new Views.Pot(pot.id(), pot.name(), pot.ceiling(), pot.granted(), pot.reserved(), pot.advanced(), pot.determined(),
                pot.remaining(), percent));
        }
        List<Views.Grant> grants = new ArrayList<>();
        for (GrantView grant : view.grants().values()) {
            grants.add(new Views.Grant(grant.initiativeId(), grant.title(), grant.grantedOn(), grant.status().name().toLowerCase(Locale.ROOT),
                grant.granted(), grant.advanced(), grant.determined().orElse(null)));
        }
        return new Views.Budget(asOf, knownAt.orElse(null), view.entryCount(), pots, grants);
    }

    public Views.Experiments experiments(LocalDate on) {
        List<Views.Experiment> listed = new ArrayList<>();
        for (Experiment e : experiments.experiments(on)) {
            List<Views.KpiProgress> kpis = e.kpis().stream().map(k -> new Views.KpiProgress(k.name(), k.target(), k.deadline().toDutch(),
                k.latest().map(m -> m.value()).orElse(null), k.latest().map(m -> m.on().toDutch()).orElse(null),
                lowerWithHyphens(k.onTrack().verdict().name()))).toList();
            List<Views.ExperimentReview> reviews = e.reviews().stream().map(r -> new Views.ExperimentReview(r.on(),
                lowerWithHyphens(r.verdict().name()), r.reason())).toList();
            listed.add(new Views.Experiment(experiments.number(e), e.name(), lowerWithHyphens(e.state().name()),
                Text.of(nl.sociaaldomein.atelier.reporting.StateLabels.of(e.state(), DUTCH),
                    nl.sociaaldomein.atelier.reporting.StateLabels.of(e.state(), Locale.ENGLISH)),
                e.start().toDutch(), e.plannedEnd().toDutch(), e.lifecycle().plannedEnd().toDutch(),
                e.published().map(nl.sociaaldomein.atelier.experiment.PublishedRow::outcome).orElse(null), kpis, reviews));
        }
        List<Views.ReviewDue> due = new ArrayList<>();
        for (ReviewDue r : experiments.reviewsDue(on)) {
            due.add(new Views.ReviewDue(experiments.number(r.experiment()), r.experiment().name(), r.dueOn(),
                r.status().name().toLowerCase(Locale.ROOT)));
        }
        return new Views.Experiments(on, listed, due);
    }

    private static String lowerWithHyphens(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<Views.Report> reports(Locale locale) {
        List<Views.Report> out = new ArrayList<>();
        reports.available(locale).forEach(a -> out.add(new Views.Report(a.id(), a.description(), reports.renderings())));
        return out;
    }

    /** The trial round as it stands: its call and phases, its initiatives, decisions and pending objections. */
    public static Views.Trial trial(TrialDesk trial) {
        nl.sociaaldomein.atelier.round.RoundState state = trial.state();
        Call call = trial.call();
        Round r = state.round();
        List<String> pending = state.initiatives().stream().map(nl.sociaaldomein.atelier.initiative.Initiative::id)
            .filter(id -> state.objections(id).stream().anyMatch(nl.sociaaldomein.atelier.round.RoundState.Objection::pending)).toList();
        List<Views.Criterion> criteria = state.framework().criteria().stream()
            .filter(c -> c.kind() == nl.sociaaldomein.atelier.assessment.CriterionKind.SCORED)
            .map(c -> new Views.Criterion(c.id(), c.label(), c.scale().min(), c.scale().max())).toList();
        return new Views.Trial(call.id(), call.name(), call.potId(), phases(call), state.isOpen(), state.isAssessmentClosed(),
            state.latest().orElse(null), criteria, initiatives(r), decisions(r), pending);
    }

    private static List<Views.Phase> phases(Call call) {
        List<Views.Phase> phases = new ArrayList<>();
        for (PhaseWindow window : call.phases()) {
            phases.add(new Views.Phase(window.phase().name().toLowerCase(Locale.ROOT).replace('_', '-'), window.phase().label(),
                window.start(), window.end()));
        }
        return phases;
    }

    public static Views.Posted posted(PostedBatch batch) {
        return new Views.Posted(batch.batchId(), batch.recordedAt(), batch.duplicate(),
            batch.postings().stream().map(p -> p.entry().id()).toList());
    }

    private static String kind(DecisionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
