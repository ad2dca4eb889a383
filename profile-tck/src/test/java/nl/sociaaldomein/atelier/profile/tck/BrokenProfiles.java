package nl.sociaaldomein.atelier.profile.tck;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.call.AllocationInput;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Candidate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Profiles with one deliberate mistake each, as an integrator might make it, each with the kit
 * pointed at it. Not registered as services and kept out of the test-class name pattern, so
 * JUnit runs their kits only through {@link ProfileConformanceKitTest}.
 */
final class BrokenProfiles {

    private BrokenProfiles() {
    }

    /** The sample profile's bindings with one part replaced; {@code null} leaves a part out. */
    private abstract static class Base extends AbstractMunicipalityProfile {
        Base(String id) {
            super(id, "Broken " + id, "GM9997");
        }

        @Override
        protected void configure() {
            ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(5_000));
            if (calendar() != null) {
                bind(PlanningCalendar.class).toInstance(calendar());
            }
            ProfileBindings.named(binder(), CriteriaFramework.class, frameworkKey()).toInstance(SampleProfile.FRAMEWORK);
            ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(policy());
            ProfileBindings.named(binder(), ReportFormat.class, SampleProfile.Grants.ID).toInstance(format());
        }

        PlanningCalendar calendar() {
            return SampleProfile.CALENDAR;
        }

        String frameworkKey() {
            return SampleProfile.FRAMEWORK.id();
        }

        AllocationPolicy policy() {
            return new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART);
        }

        ReportFormat format() {
            return new SampleProfile.Grants(false);
        }
    }

    /** Binds its framework under a key that is not the framework's id. */
    static final class FrameworkUnderAnotherKey extends Base {
        public FrameworkUnderAnotherKey() {
            super("another-key");
        }

        @Override
        String frameworkKey() {
            return "criteria";
        }
    }

    /** A framework whose weights add up to 90 where 100 is required: the class cannot load. */
    static final class WeightsNotAddingUp extends Base {
        static final CriteriaFramework WRONG = CriteriaFramework.require(CriteriaFramework.of("wrong-weights", Text.of("Kader", "Framework"),
            List.of(Criterion.scored("need", Text.of("Nodig", "Needed"), new Scale(1, 5), 60),
                Criterion.scored("reach", Text.of("Bereik", "Reach"), new Scale(1, 5), 30)),
            Optional.of(100), 0, ScoreCombinations.MEAN));

        public WeightsNotAddingUp() {
            super("wrong-weights");
        }
    }

    /** Forgets the planning calendar, a required binding. */
    static final class NoCalendar extends Base {
        public NoCalendar() {
            super("no-calendar");
        }

        @Override
        PlanningCalendar calendar() {
            return null;
        }
    }

    /** A policy of its own that grants whatever is asked, in order, while the pot lasts: it ignores the maximum. */
    static final class Greedy extends Base {
        public Greedy() {
            super("greedy");
        }

        @Override
        AllocationPolicy policy() {
            return new AllocationPolicy() {
                @Override
                public String id() {
                    return "greedy";
                }

                @Override
                public Text description() {
                    return Text.of("alles wat gevraagd wordt", "whatever is asked");
                }

                @Override
                public Result<List<Decision>> allocate(AllocationInput input) {
                    List<Decision> decisions = new ArrayList<>();
                    Money left = input.pot().available();
                    for (Candidate candidate : input.candidates()) {
                        if (candidate.requested().isPositive() && !candidate.requested().isGreaterThan(left)) {
                            left = left.minus(candidate.requested());
                            decisions.add(Decisions.granted(candidate.assessment(), input.call().potId(), candidate.requested(),
                                Text.of("gevraagd", "asked"), List.of()));
                        } else {
                            decisions.add(Decisions.rejected(candidate.assessment(), List.of(Text.of("op", "gone")), Text.of("op", "gone")));
                        }
                    }
                    return Result.ok(decisions);
                }
            };
        }
    }

    /** Writes an applicant's own name into its public report. */
    static final class Leaky extends Base {
        public Leaky() {
            super("leaky");
        }

        @Override
        ReportFormat format() {
            return new SampleProfile.Grants(true);
        }
    }

    /** A report that throws on any round with a grant, instead of refusing. */
    static final class ThrowsOnGrants extends Base {
        public ThrowsOnGrants() {
            super("throws-on-grants");
        }

        @Override
        ReportFormat format() {
            return new ReportFormat() {
                @Override
                public String id() {
                    return SampleProfile.Grants.ID;
                }

                @Override
                public String description(Locale locale) {
                    return "grants";
                }

                @Override
                public Result<Report> build(Dossier dossier, Locale locale) {
                    if (dossier.round().isPresent() && dossier.round().get().book().current(
                            dossier.round().get().initiatives().isEmpty() ? "" : dossier.round().get().initiatives().get(0).id())
                        .filter(Decision.Granted.class::isInstance).isPresent()) {
                        throw new IllegalStateException("no column for grants");
                    }
                    return ReportProblems.lacks(id(), Text.of("niets te tonen", "nothing to show"));
                }
            };
        }
    }

    /** A report that refuses with a problem of its own making, placed nowhere: a caller cannot tell which report refused. */
    static final class RefusesNowhere extends Base {
        public RefusesNowhere() {
            super("refuses-nowhere");
        }

        @Override
        ReportFormat format() {
            return new ReportFormat() {
                @Override
                public String id() {
                    return SampleProfile.Grants.ID;
                }

                @Override
                public String description(Locale locale) {
                    return "grants";
                }

                @Override
                public Result<Report> build(Dossier dossier, Locale locale) {
                    return Result.failed(nl.sociaaldomein.atelier.problem.Problem.invalid("report.dossier-incomplete",
                        nl.sociaaldomein.atelier.problem.Place.NOWHERE, "niets te tonen", "nothing to show"));
                }
            };
        }
    }

    // One kit class per profile: the kit loads a profile once per kit class.
    static final class FrameworkUnderAnotherKeyKit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new FrameworkUnderAnotherKey();
        }
    }

    static final class WeightsNotAddingUpKit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new WeightsNotAddingUp();
        }
    }

    static final class NoCalendarKit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new NoCalendar();
        }
    }

    static final class GreedyKit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new Greedy();
        }
    }

    static final class LeakyKit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new Leaky();
        }
    }

    static final class ThrowsOnGrantsKit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new ThrowsOnGrants();
        }
    }

    static final class RefusesNowhereKit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new RefusesNowhere();
        }
    }
}
