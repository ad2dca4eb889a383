package nl.sociaaldomein.atelier.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.RecordedEntry;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Awb art. 4:27 lid 2: "Indien het subsidieplafond of een verlaging daarvan later wordt
 * bekendgemaakt, heeft deze bekendmaking geen gevolgen voor voordien ingediende aanvragen." The
 * ceiling that binds an application filed on day F is the pot's ceiling in force on the decision
 * day counting only the ceilings published (bekendgemaakt) on or before F; a ceiling set in the
 * budget tree counts as published before every application. A later publication that raises the
 * ceiling is no consequence an applicant needs protecting from, so the binding ceiling is never
 * below the one in force.
 */
final class CeilingAtFiling {

    /** A ceiling published after the filing that lowered what binds it. */
    record Later(Money ceiling, LocalDate publishedOn) {
    }

    private final Money treeCeiling;
    private final List<LedgerEntry.SetCeiling> changes;

    private CeilingAtFiling(Money treeCeiling, List<LedgerEntry.SetCeiling> changes) {
        this.treeCeiling = treeCeiling;
        this.changes = changes;
    }

    /** The ceiling changes of {@code potId} effective on or before {@code decisionDay}, as the ledger holds them now. */
    static CeilingAtFiling of(Ledger ledger, String potId, LocalDate decisionDay) {
        Money tree = ledger.tree().pot(potId).orElseThrow().ceiling();
        List<RecordedEntry> sorted = new ArrayList<>();
        for (RecordedEntry entry : ledger.recorded()) {
            if (entry.entry() instanceof LedgerEntry.SetCeiling c && c.potId().equals(potId) && !c.effectiveDate().isAfter(decisionDay)) {
                sorted.add(entry);
            }
        }
        sorted.sort(Comparator.comparing((RecordedEntry r) -> r.entry().effectiveDate()).thenComparingLong(RecordedEntry::sequence));
        return new CeilingAtFiling(tree, sorted.stream().map(r -> (LedgerEntry.SetCeiling) r.entry()).toList());
    }

    /** The ceiling in force on the decision day, every publication counted. */
    Money inForce() {
        return changes.isEmpty() ? treeCeiling : changes.get(changes.size() - 1).ceiling();
    }

    /** The ceiling counting only what was published on or before {@code filedOn}. */
    Money bindingFor(LocalDate filedOn) {
        Money ceiling = treeCeiling;
        for (LedgerEntry.SetCeiling change : changes) {
            if (!change.publishedOn().isAfter(filedOn)) {
                ceiling = change.ceiling();
            }
        }
        return ceiling;
    }

    /**
     * The lower ceiling published after {@code filedOn} that the application is protected from, if
     * any: when what binds it lies above the ceiling in force.
     */
    Optional<Later> protects(LocalDate filedOn) {
        Money binding = bindingFor(filedOn);
        if (!binding.isGreaterThan(inForce())) {
            return Optional.empty();
        }
        LocalDate published = changes.stream().filter(c -> c.publishedOn().isAfter(filedOn)).map(LedgerEntry.SetCeiling::publishedOn)
            .min(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new Later(binding, published));
    }
}
