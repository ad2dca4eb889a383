package nl.sociaaldomein.atelier.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.events.Recorded;

/**
 * The two questions of a system of record, on a round's events: "as of day D" and "as known at
 * moment K". A round's dated events are recorded in date order ({@link RoundRefusal#BEFORE_LATEST}),
 * so the state as of D is the fold of the events in recording order up to the first one dated
 * after D; an undated event counts where it was recorded (nothing places it elsewhere). As known
 * at K, only the events recorded at or before K take part.
 */
final class RoundViews {

    private RoundViews() {
    }

    static RoundState fold(Call call, CriteriaFramework framework, List<Recorded<RoundEvent>> recorded, LocalDate asOf, Instant knownAt) {
        RoundState state = new RoundState(call, framework);
        for (Recorded<RoundEvent> next : recorded) {
            if (knownAt != null && next.recordedAt().isAfter(knownAt)) {
                break;
            }
            if (next.event().stamp().on().filter(on -> on.isAfter(asOf)).isPresent()) {
                break;
            }
            state.apply(next.event());
        }
        return state;
    }
}
