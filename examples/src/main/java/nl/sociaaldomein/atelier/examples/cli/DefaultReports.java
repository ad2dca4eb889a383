package nl.sociaaldomein.atelier.examples.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.atelier.reporting.Dossier;

/**
 * The reports {@code atelier run} prints when none are named: each municipality's own main
 * reports for what the file holds, and otherwise the general formats every profile has.
 */
final class DefaultReports {

    /** Per profile id: for a round, and for an experiment register. */
    private static final Map<String, List<List<String>>> OWN = Map.of(
        "groningen", List.of(List.of("grants-annex", "round-summary"), List.of("half-year-progress")),
        "hoogeveen", List.of(List.of("innovation-agenda", "funding-overview"), List.of()),
        "oost-gelre", List.of(List.of(), List.of("status-table", "quarterly-reviews", "data-quality")));

    private static final List<String> GENERAL_ROUND = List.of("decisions", "budget-overview");
    private static final List<String> GENERAL_REGISTER = List.of("experiment-register");

    private DefaultReports() {
    }

    /** The profile's own formats for this dossier when it has them all, else the general ones. */
    static List<String> choose(String profileId, Dossier dossier, Set<String> available) {
        int which = dossier.round().isPresent() ? 0 : 1;
        List<String> own = OWN.getOrDefault(profileId, List.of(List.of(), List.of())).get(which);
        if (!own.isEmpty() && available.containsAll(own)) {
            return own;
        }
        return which == 0 ? GENERAL_ROUND : GENERAL_REGISTER;
    }
}
