package nl.sociaaldomein.atelier.jackson;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.call.AboveMaximum;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.FundingHistory;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.io.PortfolioGen;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Source;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Rounds made the way an application makes them, through the public operations only: opened
 * (with receipt times and a funding history, sometimes), assessed from assessors' scores
 * (sometimes not at all), then a run of decisions, revisions, reopenings, closings and formal
 * reopenings of the call, each step kept when the round accepts it. What a round may hold is
 * thus exactly what its operations allow.
 */
final class RoundGen {

    private static final Money POT_CEILING = Money.ofEuros(1_000_000_000L);

    private RoundGen() {
    }

    static Gen<Round> rounds() {
        return source -> {
            Call call = calls().generate(source);
            CriteriaFramework framework = ValueGen.knownFrameworks().generate(source);
            List<Initiative> initiatives = initiatives().generate(source);
            Map<String, LocalDateTime> receipts = new HashMap<>();
            for (Initiative initiative : initiatives) {
                if (Gen.ints(0, 2).generate(source) == 0) {
                    receipts.put(initiative.id(), ValueGen.days().generate(source).atTime(Gen.ints(0, 23).generate(source),
                        Gen.ints(0, 59).generate(source), Gen.ints(0, 59).generate(source)));
                }
            }
            Round round = Round.open(call, framework, initiatives, receipts, history(initiatives).generate(source)).orElseThrow();
            if (Gen.ints(0, 4).generate(source) > 0) {
                round = keep(round, round.assess(scores(framework, initiatives).generate(source)));
            }
            int steps = Gen.ints(0, 12).generate(source);
            for (int s = 0; s < steps && !initiatives.isEmpty(); s++) {
                round = step(round, source);
            }
            return round;
        };
    }

    private static Round step(Round round, Source source) {
        List<PotBalance> pots = List.of(PotBalance.fresh(round.call().potId(), POT_CEILING));
        String id = round.initiatives().get(Gen.ints(0, round.initiatives().size() - 1).generate(source)).id();
        Optional<LocalDate> on = Gen.booleans().generate(source) ? Optional.of(ValueGen.days().generate(source)) : Optional.empty();
        Text reason = ValueGen.bilingual().generate(source);
        switch (Gen.ints(0, 7).generate(source)) {
            case 0, 1, 2: {
                Decision decision = decision(round, id, source);
                return keep(round, on.isPresent() ? round.decide(decision, pots, on.get()) : round.decide(decision, pots));
            }
            case 3: {
                Decision decision = decision(round, id, source);
                return keep(round, on.isPresent() ? round.revise(decision, reason, pots, on.get()) : round.revise(decision, reason, pots));
            }
            case 4: return keep(round, round.reopen(id, reason));
            case 5: return round.closeDecisionPhase();
            case 6: return keep(round, round.reopenCall(reason));
            default: return keep(round, round.decide(Decisions.withdrawn(round.assessment(id), reason), pots));
        }
    }

    private static Decision decision(Round round, String id, Source source) {
        AssessmentResult assessment = round.assessment(id);
        Text rule = ValueGen.bilingual().generate(source);
        long maximum = Math.max(1, round.call().maximumAmount().cents());
        Money amount = Money.ofCents(Gen.longs(1, maximum).generate(source));
        switch (Gen.ints(0, 5).generate(source)) {
            case 0: return Decisions.granted(assessment, round.call().potId(), amount, rule, Gen.lists(PortfolioGen.texts(), 2).generate(source));
            case 1: return Decisions.referred(assessment, PortfolioGen.texts().generate(source), rule);
            case 2: return Decisions.inKind(assessment, PortfolioGen.texts().generate(source), rule);
            case 3: return Decisions.deferredWithReservation(assessment, round.call().potId(), amount, rule);
            case 4: return Decisions.deferred(assessment, rule);
            default: return Decisions.rejected(assessment, Gen.lists(ValueGen.bilingual(), 2).generate(source), rule);
        }
    }

    private static Round keep(Round round, Result<Round> next) {
        return next.isFailed() ? round : next.orElseThrow();
    }

    /** Valid calls: phases in order, a minimum within the maximum. */
    static Gen<Call> calls() {
        return source -> {
            List<PhaseWindow> phases = new ArrayList<>();
            LocalDate start = ValueGen.days().generate(source);
            for (Phase phase : Phase.values()) {
                if (Gen.booleans().generate(source)) {
                    LocalDate end = start.plusDays(Gen.ints(0, 60).generate(source));
                    phases.add(PhaseWindow.of(phase, start, end));
                    start = end.plusDays(1);
                }
            }
            long maximum = Gen.longs(1, 200_000_00L).generate(source);
            return Call.builder()
                .id("c-" + PortfolioGen.texts().generate(source))
                .municipality(ValueGen.municipalities().generate(source))
                .name("n-" + PortfolioGen.texts().generate(source))
                .potId("p-" + PortfolioGen.texts().generate(source))
                .phases(phases)
                .intakeChannels(Gen.lists(Gen.oneOf(IntakeChannel.KNOWN.toArray(IntakeChannel[]::new)), 2).generate(source))
                .applicantKinds(Gen.lists(PortfolioGen.codes(), 2).generate(source))
                .themes(Gen.lists(PortfolioGen.texts(), 2).generate(source))
                .minimumAmount(Money.ofCents(Gen.longs(0, maximum).generate(source)))
                .maximumAmount(Money.ofCents(maximum))
                .aboveMaximum(ValueGen.constants(AboveMaximum.class).generate(source))
                .oneOff(Gen.booleans().generate(source))
                .build();
        };
    }

    /** Up to six initiatives with ids that differ (a round's JSON is long: each holds its assessment and history). */
    private static Gen<List<Initiative>> initiatives() {
        return Gen.lists(ValueGen.initiatives(), 0, 6, 2).map(generated -> {
            List<Initiative> out = new ArrayList<>();
            for (int i = 0; i < generated.size(); i++) {
                out.add(ImmutableInitiative.copyOf(generated.get(i)).withId("r" + i + "-" + generated.get(i).id()));
            }
            return out;
        });
    }

    /** Some of the round's own initiatives and applicants, and some from elsewhere, as funded before. */
    private static Function<List<Initiative>, Gen<FundingHistory>> historyOf() {
        return initiatives -> source -> {
            if (Gen.booleans().generate(source)) {
                return FundingHistory.NONE;
            }
            Set<String> ids = new HashSet<>(Gen.lists(PortfolioGen.texts(), 2).generate(source));
            Set<Applicant> applicants = new HashSet<>(Gen.lists(ValueGen.applicants(), 2).generate(source));
            for (Initiative initiative : initiatives) {
                if (Gen.ints(0, 3).generate(source) == 0) {
                    ids.add(initiative.id());
                }
                if (Gen.ints(0, 3).generate(source) == 0) {
                    applicants.add(initiative.applicant());
                }
            }
            return new FundingHistory(ids, applicants);
        };
    }

    private static Gen<FundingHistory> history(List<Initiative> initiatives) {
        return historyOf().apply(initiatives);
    }

    /** Zero to three assessors per scored criterion and initiative, on the criterion's scale. */
    private static Gen<List<AssessorScore>> scores(CriteriaFramework framework, List<Initiative> initiatives) {
        return source -> {
            List<AssessorScore> scores = new ArrayList<>();
            for (Initiative initiative : initiatives) {
                for (Criterion criterion : framework.criteria()) {
                    if (criterion.isAutomatic()) {
                        continue;
                    }
                    int assessors = Gen.ints(0, 3).generate(source);
                    for (int a = 0; a < assessors; a++) {
                        scores.add(new AssessorScore("assessor-" + a, initiative.id(), criterion.id(),
                            Gen.ints(criterion.scale().min(), criterion.scale().max()).generate(source)));
                    }
                }
            }
            return scores;
        };
    }
}
