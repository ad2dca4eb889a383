package nl.sociaaldomein.atelier.budget;

/**
 * The grants and reservations of a state restored from checkpoints, held as columns: their fixed
 * parts (shared with the ledger's own states, whose fixed parts never change) and their figures
 * at the checkpoint. Only those the replayed tail touches become mutable states
 * ({@link #grants} / {@link #reservations} by index); the view reads the others from the columns.
 */
final class RestoredFigures {

    final GrantState[] fixedGrants;
    final long[] grantFigures; // granted, advanced, determined, reclaimed per grant
    final boolean[] withdrawn;
    final long[][] grantedParts;
    final ReservationState[] fixedReservations;
    final long[] outstanding;
    /** The states the replay works on, by index; null for those it does not touch. */
    final GrantState[] grants;
    final ReservationState[] reservations;

    RestoredFigures(GrantState[] fixedGrants, long[] grantFigures, boolean[] withdrawn, long[][] grantedParts,
                    ReservationState[] fixedReservations, long[] outstanding) {
        this.grantedParts = grantedParts;
        this.fixedGrants = fixedGrants;
        this.grantFigures = grantFigures;
        this.withdrawn = withdrawn;
        this.fixedReservations = fixedReservations;
        this.outstanding = outstanding;
        this.grants = new GrantState[fixedGrants.length];
        this.reservations = new ReservationState[fixedReservations.length];
    }

    /** The grant at this index as the replay left it: its own state if touched, else its checkpoint figures. */
    GrantState grant(int i) {
        if (grants[i] != null) {
            return grants[i];
        }
        GrantState fixed = fixedGrants[i];
        GrantState grant = new GrantState(fixed.initiativeId, fixed.title, fixed.grantedOn, fixed.funding, fixed.pots, fixed.weights, grantFigures[i * 4]);
        grant.advanced = grantFigures[i * 4 + 1];
        grant.determined = grantFigures[i * 4 + 2];
        grant.reclaimed = grantFigures[i * 4 + 3];
        grant.withdrawn = withdrawn[i];
        grant.grantedParts = grantedParts[i];
        grant.index = i;
        return grant;
    }

    ReservationState reservation(int i) {
        if (reservations[i] != null) {
            return reservations[i];
        }
        ReservationState fixed = fixedReservations[i];
        ReservationState reservation = new ReservationState(fixed.reservationId, fixed.pot, fixed.purpose, fixed.createdOn, outstanding[i]);
        reservation.index = i;
        return reservation;
    }
}
