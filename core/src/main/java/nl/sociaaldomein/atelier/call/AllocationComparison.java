package nl.sociaaldomein.atelier.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.text.Text;

/** Compares two trial allocations: for whom the outcome changed, how, and why. */
public final class AllocationComparison {

    /**
     * One initiative whose decision differs between the two runs (absent = not decided in that run).
     *
     * @param initiativeId the initiative
     * @param before       its decision in the first run; empty when not decided there
     * @param after        its decision in the second run; empty when not decided there
     * @param why          what differs, in words
     */
    public record Change(String initiativeId, Optional<Decision> before, Optional<Decision> after, Text why) {
        /**
         * Checks that the initiative is named.
         *
         * @param initiativeId the initiative
         * @param before       its decision in the first run; empty when not decided there
         * @param after        its decision in the second run; empty when not decided there
         * @param why          what differs, in words
         */
        public Change {
            Objects.requireNonNull(initiativeId, "initiativeId");
        }
    }

    private AllocationComparison() {
    }

    /**
     * Every initiative whose kind or budget effect differs, in the order first seen (before, then after).
     *
     * @param before the first run
     * @param after  the second run
     * @return the changes; empty when both decide the same
     */
    public static List<Change> compare(Allocation before, Allocation after) {
        Map<String, Decision[]> pairs = new LinkedHashMap<>();
        before.decisions().forEach(d -> pairs.computeIfAbsent(d.initiativeId(), k -> new Decision[2])[0] = d);
        after.decisions().forEach(d -> pairs.computeIfAbsent(d.initiativeId(), k -> new Decision[2])[1] = d);
        List<Change> changes = new ArrayList<>();
        pairs.forEach((id, pair) -> {
            Decision was = pair[0];
            Decision now = pair[1];
            if (was != null && now != null && was.kind() == now.kind() && was.budgetEffect().equals(now.budgetEffect())) {
                return;
            }
            changes.add(new Change(id, Optional.ofNullable(was), Optional.ofNullable(now),
                Text.of(describe(was, now, Locale.forLanguageTag("nl")), describe(was, now, Locale.ENGLISH))));
        });
        return changes;
    }

    private static String describe(Decision was, Decision now, Locale locale) {
        return summary(was, locale) + " → " + summary(now, locale)
            + (now == null ? "" : "; " + Text.of("reden: ", "because: ").in(locale) + now.motivation().decidingRule().in(locale));
    }

    private static String summary(Decision decision, Locale locale) {
        if (decision == null) {
            return Text.of("geen besluit", "no decision").in(locale);
        }
        String effect = decision.budgetEffect().isNone() ? "" : " (" + MotivationText.effect(decision.budgetEffect(), locale) + ")";
        return decision.kind().label().in(locale) + effect;
    }
}
