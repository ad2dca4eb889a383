package nl.sociaaldomein.atelier.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * One initiative's grant at one moment. {@code reclaimable} = advanced − determined when that is
 * positive, else zero (zero before determination).
 *
 * @param grantedOn the day the grant was decided: its grant entry's effective date
 * @param granted the amount granted (verleend), after amendments
 * @param partsByPot what the grant currently takes from each funding pot (its determined amount once determined)
 */
public record GrantView(String initiativeId, String title, LocalDate grantedOn, GrantStatus status, List<Funding> funding,
                        Money granted, Money advanced, Optional<Money> determined, Money reclaimable,
                        Money reclaimed, Map<String, Money> partsByPot) {

    /** {@return what is still to be reclaimed: reclaimable minus already reclaimed} */
    public Money outstandingReclaim() {
        return reclaimable.minus(reclaimed);
    }
}
