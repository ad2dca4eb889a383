package nl.sociaaldomein.atelier.profile.tck;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.call.AllocationInput;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileBindings;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * A profile whose bindings load but do not hold together: a format bound under another name
 * than its id that throws, a policy that throws, a cadence with negative grace that reviews
 * nothing, a numbering that accepts anything. Not registered; the kit must fail on each.
 */
final class InconsistentProfile extends AbstractMunicipalityProfile {

    InconsistentProfile() {
        super("inconsistent-town", "Inconsistent Town", "GM9996");
    }

    @Override
    protected void configure() {
        ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(5_000));
        bind(PlanningCalendar.class).toInstance(PlanningCalendar.of(new ReportingMoment("annual-accounts",
            new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL)));
        ProfileBindings.named(binder(), ReportFormat.class, "summary").toInstance(new ThrowingFormat());
        ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(new ThrowingPolicy());
        ProfileBindings.choose(binder(), ReviewCadence.class).toInstance(new NeverCadence());
        ProfileBindings.choose(binder(), ExperimentNumbering.class).toInstance(new AnythingGoes());
    }

    private static final class ThrowingFormat implements ReportFormat {
        @Override
        public String id() {
            return "overview";
        }

        @Override
        public String description(Locale locale) {
            return " ";
        }

        @Override
        public Result<Report> build(Dossier dossier, Locale locale) {
            return Result.ok(Report.builder().title(dossier.round().orElseThrow().call().name()).build());
        }
    }

    private static final class ThrowingPolicy implements AllocationPolicy {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public Text description() {
            return Text.of("gooit", "throws");
        }

        @Override
        public Result<List<Decision>> allocate(AllocationInput input) {
            throw new IllegalStateException("no candidates: " + input.candidates().get(0));
        }
    }

    private static final class NeverCadence implements ReviewCadence {
        @Override
        public List<LocalDate> dueDates(LocalDate start, Optional<LocalDate> plannedEnd, LocalDate until) {
            return List.of();
        }

        @Override
        public Period grace() {
            return Period.ofDays(-1);
        }
    }

    private static final class AnythingGoes implements ExperimentNumbering {
        @Override
        public Result<ExperimentNumber> parse(String text) {
            return Result.ok(new ExperimentNumber.Plain(1));
        }

        @Override
        public String format(ExperimentNumber number) {
            return "1";
        }

        @Override
        public String describe() {
            return "anything";
        }
    }

    /** The kit pointed at this profile, for calling its checks one by one. */
    static final class Kit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new InconsistentProfile();
        }
    }
}
