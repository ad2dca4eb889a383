package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * A review of an experiment: the date, the verdict and its reason, and who reviewed (e.g.
 * "college, kwartaalrapportage Q3 2018").
 *
 * @param newEnd the new planned end, for an {@link ReviewVerdict#EXTEND} verdict (may be unknown
 *               when the decision did not name one)
 * @param on      the day of the review
 * @param verdict what the review concluded
 * @param reason  why, in words
 * @param by      who reviewed, e.g. "college, kwartaalrapportage Q3 2018"
 */
public record Review(LocalDate on, ReviewVerdict verdict, String reason, Optional<String> by, Optional<PartialDate> newEnd) {

    /**
     * Checks that no component is missing and that a new end comes with an EXTEND verdict only.
     *
     * @param on      the day of the review
     * @param verdict what the review concluded
     * @param reason  why, in words
     * @param by      who reviewed, e.g. "college, kwartaalrapportage Q3 2018"
     * @param newEnd  the new planned end, for an {@link ReviewVerdict#EXTEND} verdict (may be unknown when the decision did not name one)
     * @throws IllegalArgumentException when a new end is given without EXTEND, or EXTEND without one
     */
    public Review {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(newEnd, "newEnd");
        if (newEnd.isPresent() != (verdict == ReviewVerdict.EXTEND)) {
            throw new IllegalArgumentException("a new end date belongs to an EXTEND verdict, and only there");
        }
    }

    /**
     * A review by an unnamed reviewer; an EXTEND verdict gets an unknown new end.
     *
     * @param on      the day of the review
     * @param verdict what it concluded
     * @param reason  why, in words
     * @return the review
     */
    public static Review of(LocalDate on, ReviewVerdict verdict, String reason) {
        return new Review(on, verdict, reason, Optional.empty(),
            verdict == ReviewVerdict.EXTEND ? Optional.of(PartialDate.unknown()) : Optional.empty());
    }

    /**
     * A review that extends the experiment to {@code newEnd}.
     *
     * @param on     the day of the review
     * @param newEnd the new planned end
     * @param reason why, in words
     * @return the review
     */
    public static Review extend(LocalDate on, PartialDate newEnd, String reason) {
        return new Review(on, ReviewVerdict.EXTEND, reason, Optional.empty(), Optional.of(newEnd));
    }

    /**
     * The transition this verdict causes, if it changes the state: EXTEND extends, STOP stops,
     * MAKE_REGULAR decides to make regular; CONTINUE and ADJUST keep the state.
     *
     * @return the transition, or empty
     */
    public Optional<Transition> transition() {
        PartialDate day = PartialDate.of(on);
        switch (verdict) {
            case EXTEND: return Optional.of(new Transition.Extend(day, newEnd.orElseThrow(), Optional.of(this)));
            case STOP: return Optional.of(new Transition.Stop(day, Optional.of(this)));
            case MAKE_REGULAR: return Optional.of(new Transition.DecideRegular(day, Optional.of(this)));
            default: return Optional.empty();
        }
    }
}
