package nl.sociaaldomein.atelier.profile;

import nl.sociaaldomein.atelier.text.Text;
import com.google.inject.AbstractModule;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Fictional profiles for the loader's tests, registered in this module's test
 * {@code META-INF/services}: one complete, two claiming one id, one binding too little, one
 * with thresholds that contradict each other.
 */
final class TestProfiles {

    private TestProfiles() {
    }

    static final PlanningCalendar YEARLY = PlanningCalendar.of(new ReportingMoment("annual-accounts",
        new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL));

    /** Common parts; each test profile says only what differs. */
    abstract static class Base extends AbstractModule implements MunicipalityProfile {
        private final String id;

        Base(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String displayName() {
            return "Testdorp";
        }

        @Override
        public CbsCode cbsCode() {
            return new CbsCode("GM9999");
        }

        @Override
        public Locale defaultLocale() {
            return Locale.forLanguageTag("nl-NL");
        }
    }

    public static final class Sample extends Base {
        public Sample() {
            super("sample");
        }

        @Override
        protected void configure() {
            ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(10_000));
            ProfileBindings.threshold(binder(), ThresholdKey.MIN_PER_INITIATIVE, Money.ofEuros(500));
            ProfileBindings.threshold(binder(), ThresholdKey.RESERVE_FOR_PENDING, "true");
            bind(PlanningCalendar.class).toInstance(YEARLY);
        }
    }

    public static final class TwinOne extends Base {
        public TwinOne() {
            super("twin");
        }

        @Override
        protected void configure() {
            bind(PlanningCalendar.class).toInstance(YEARLY);
        }
    }

    public static final class TwinTwo extends Base {
        public TwinTwo() {
            super("twin");
        }

        @Override
        protected void configure() {
            bind(PlanningCalendar.class).toInstance(YEARLY);
        }
    }

    public static final class Incomplete extends Base {
        public Incomplete() {
            super("incomplete");
        }

        @Override
        protected void configure() {
            ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(10_000));
        }
    }

    public static final class Contradictory extends Base {
        public Contradictory() {
            super("contradictory");
        }

        @Override
        protected void configure() {
            ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(1_000));
            ProfileBindings.threshold(binder(), ThresholdKey.MIN_PER_INITIATIVE, Money.ofEuros(5_000));
            ProfileBindings.threshold(binder(), ThresholdKey.RESERVE_FOR_LATER_PERCENT, "150");
            bind(PlanningCalendar.class).toInstance(YEARLY);
        }
    }
}
