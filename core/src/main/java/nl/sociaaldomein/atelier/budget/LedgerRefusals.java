package nl.sociaaldomein.atelier.budget;

import java.util.List;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;

/**
 * A ledger's internal {@link Rejection} as the {@link Problem} its public methods answer with,
 * placed where the caller can find it: the entry, its place in the batch (when the batch has more
 * than one), the pot or pots it names, and the grant (by initiative) or reservation it concerns.
 * Built only on refusal, so that the accepted path allocates nothing for it.
 */
final class LedgerRefusals {

    private LedgerRefusals() {
    }

    /** The refusal of an entry of {@code batch} (the entries as given; the refused one is found by id). */
    static Problem problem(Rejection rejection, List<? extends LedgerEntry> batch) {
        int index = -1;
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).id().equals(rejection.entryId())) {
                index = i;
                break;
            }
        }
        Place place = Place.about("entry", rejection.entryId());
        if (index >= 0) {
            if (batch.size() > 1) {
                place = place.and("batch-entry", (index + 1) + "/" + batch.size());
            }
            place = withSubjects(place, batch.get(index));
        }
        return rejection.problem(place);
    }

    /** The pots, grant and reservation the entry names, as subjects of the place. */
    private static Place withSubjects(Place place, LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Reserve e) {
            return place.and("pot", e.potId()).and("reservation", e.reservationId());
        }
        if (entry instanceof LedgerEntry.ReleaseReservation e) {
            return place.and("reservation", e.reservationId());
        }
        if (entry instanceof LedgerEntry.Grant e) {
            Place withPots = e.funding().size() == 1 ? place.and("pot", e.funding().get(0).potId())
                : place.and("pots", e.funding().stream().map(Funding::potId).collect(Collectors.joining(", ")));
            Place withGrant = withPots.and("grant", e.initiativeId());
            return e.reservationId().map(r -> withGrant.and("reservation", r)).orElse(withGrant);
        }
        if (GrantRules.isGrantEntry(entry)) {
            return place.and("grant", GrantRules.initiativeIdOf(entry));
        }
        if (entry instanceof LedgerEntry.Transfer e) {
            return place.and("pot", e.fromPotId()).and("to-pot", e.toPotId());
        }
        if (entry instanceof LedgerEntry.SetCeiling e) {
            return place.and("pot", e.potId());
        }
        return place;
    }

}
