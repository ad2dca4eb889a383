package nl.sociaaldomein.atelier.reporting;

import java.util.List;

/**
 * The library's general report formats, which every profile gets: {@code decisions},
 * {@code budget-overview}, {@code round-overview} and {@code experiment-register}. A profile adds
 * its municipality's own formats under other ids.
 */
public final class GeneralFormats {

    private GeneralFormats() {
    }

    /** A new instance of each general format, in the order above. */
    public static List<ReportFormat> all() {
        return List.of(new DecisionsFormat(), new BudgetOverviewFormat(), new RoundOverviewFormat(), new ExperimentRegisterFormat());
    }
}
