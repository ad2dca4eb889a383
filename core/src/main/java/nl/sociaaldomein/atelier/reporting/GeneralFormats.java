package nl.sociaaldomein.atelier.reporting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The library's general report formats, which every profile gets: {@code decisions},
 * {@code budget-overview}, {@code round-overview} and {@code experiment-register}. A profile adds
 * its municipality's own formats under other ids.
 */
public final class GeneralFormats {

    private static final Set<String> IDS = Set.of(DecisionsFormat.ID, BudgetOverviewFormat.ID, RoundOverviewFormat.ID,
        ExperimentRegisterFormat.ID);

    private GeneralFormats() {
    }

    /** {@return a new instance of each general format, in the order above} */
    public static List<ReportFormat> all() {
        return List.of(new DecisionsFormat(), new BudgetOverviewFormat(), new RoundOverviewFormat(), new ExperimentRegisterFormat());
    }

    /**
     * Whether an id is one of the general formats' (a profile's own formats use other ids).
     *
     * @param formatId a format id
     * @return true for a general format's id
     */
    public static boolean isGeneral(String formatId) {
        return IDS.contains(formatId);
    }

    /**
     * The formats a profile bound itself: the given map without the general ones.
     *
     * @param bound the formats a profile's injector holds
     * @return the profile's own formats
     */
    public static Map<String, ReportFormat> ownFormats(Map<String, ReportFormat> bound) {
        Map<String, ReportFormat> own = new TreeMap<>(bound);
        own.keySet().removeIf(GeneralFormats::isGeneral);
        return own;
    }
}
