package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Set;
import nl.sociaaldomein.atelier.assessment.CallConditions;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import org.immutables.value.Value;

/**
 * A call for initiatives (a round), e.g. Groningen's Innovatieatelier Sociaal Domein 2016. The
 * builder accepts anything; {@link #validate()} checks the business rules and names every
 * problem ({@link Round#open} does so before a round starts).
 */
@Value.Immutable
public abstract class Call {

    /** {@return the call's id, unique per municipality, e.g. {@code innovatieatelier-2016}} */
    public abstract String id();

    /** {@return the municipality that runs the call} */
    public abstract Municipality municipality();

    /** {@return the call's name as the municipality gives it} */
    public abstract String name();

    /** {@return the budget pot the call draws on (the ledger's pot id)} */
    public abstract String potId();

    /** {@return the phases with their dates, in the order they happen} */
    public abstract List<PhaseWindow> phases();

    /** {@return the routes by which initiatives may come in; empty = any route} */
    public abstract Set<IntakeChannel> intakeChannels();

    /** {@return the applicant kind codes accepted ({@code natural-person}, {@code foundation}, …); empty = all} */
    public abstract Set<String> applicantKinds();

    /** {@return the themes the call is about; empty = any theme} */
    public abstract Set<String> themes();

    /** {@return the smallest amount one initiative may be granted; zero unless the call says} */
    @Value.Default
    public Money minimumAmount() {
        return Money.ZERO;
    }

    /** {@return the largest amount one initiative may be granted (see {@link #aboveMaximum()} for a larger request)} */
    public abstract Money maximumAmount();

    /** {@return what happens to a request above {@link #maximumAmount()}; refused unless the profile says otherwise} */
    @Value.Default
    public AboveMaximum aboveMaximum() {
        return AboveMaximum.REFUSE;
    }

    /**
     * One-off support ("eenmalige ondersteuning", 002_9515f7258e93469e.txt): an applicant or an
     * initiative funded before is not funded again.
     *
     * @return true for one-off support; false unless the call says
     */
    @Value.Default
    public boolean oneOff() {
        return false;
    }

    /** {@return a builder; {@link #validate()} checks the call it builds} */
    public static ImmutableCall.Builder builder() {
        return ImmutableCall.builder();
    }

    /** {@return what the automatic rules of a framework need to know about this call} */
    @Value.Lazy
    public CallConditions conditions() {
        return new CallConditions(minimumAmount(), maximumAmount(), applicantKinds(), themes());
    }

    /** {@return this call, or every reason it cannot run: phases out of order, limits that contradict each other} */
    public Result<Call> validate() {
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        Place where = Place.about("call", id());
        if (id().isBlank() || potId().isBlank() || name().isBlank()) {
            problems.add(Problem.invalid("call.blank-field", where, "id, naam en pot-id mogen niet leeg zijn", "id, name and pot id must not be blank"));
        }
        if (minimumAmount().isNegative() || minimumAmount().isGreaterThan(maximumAmount())) {
            problems.add(Problem.invalid("call.minimum-outside-range", where,
                "minimumbedrag " + minimumAmount() + " moet tussen € 0 en het maximum " + maximumAmount() + " liggen",
                "minimum amount " + minimumAmount() + " must lie between € 0 and the maximum " + maximumAmount()));
        }
        PhaseWindow previous = null;
        for (PhaseWindow window : phases()) {
            Place at = where.and("phase", window.phase().name());
            if (window.end().isBefore(window.start())) {
                problems.add(Problem.invalid("call.phase-ends-before-start", at, "eindigt (" + window.end() + ") voordat hij begint (" + window.start() + ")",
                    "ends (" + window.end() + ") before it starts (" + window.start() + ")"));
            }
            if (previous != null && window.phase().ordinal() <= previous.phase().ordinal()) {
                problems.add(Problem.invalid("call.phase-out-of-order", at, "staat na " + previous.phase().name() + " maar hoort ervoor (of komt dubbel voor)",
                    "comes after " + previous.phase().name() + " but belongs before it (or occurs twice)"));
            } else if (previous != null && window.start().isBefore(previous.start())) {
                problems.add(Problem.invalid("call.phase-starts-before-previous", at, "begint (" + window.start() + ") vóór de vorige fase " + previous.phase().name() + " (" + previous.start() + ")",
                    "starts (" + window.start() + ") before the previous phase " + previous.phase().name() + " (" + previous.start() + ")"));
            }
            previous = window;
        }
        return Result.of(problems, () -> this);
    }
}
