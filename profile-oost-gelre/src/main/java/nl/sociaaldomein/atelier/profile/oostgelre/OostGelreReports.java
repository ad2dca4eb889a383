package nl.sociaaldomein.atelier.profile.oostgelre;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.profile.Label;

/**
 * The memo's status table "Stand van zaken experimenten" (004_09d1d1def8e42fc5.txt), as data for
 * the report and render packages: number, name, one column per year of the grid (2014 to 2018,
 * an "x" where the experiment ran), start date, end date, and outcome.
 */
public final class OostGelreReports {

    public static final String STATUS_TABLE_ID = "experiments-status-table";

    public static final Label STATUS_TABLE_TITLE = new Label("Stand van zaken experimenten", "Status of the experiments");

    public static final int FIRST_GRID_YEAR = 2014;
    public static final int LAST_GRID_YEAR = 2018;

    private OostGelreReports() {
    }

    /** The table's columns for a year grid; the memo's grid runs 2014 to 2018, a later report's may run longer. */
    public static List<Label> statusTableColumns(int firstYear, int lastYear) {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("the year grid runs from " + firstYear + " to " + lastYear);
        }
        List<Label> columns = new ArrayList<>(List.of(new Label("nr", "no."), new Label("experiment", "experiment")));
        for (int year = firstYear; year <= lastYear; year++) {
            columns.add(new Label(String.valueOf(year), String.valueOf(year)));
        }
        columns.add(new Label("startdatum", "start date"));
        columns.add(new Label("einddatum", "end date"));
        columns.add(new Label("succesvol", "successful"));
        return List.copyOf(columns);
    }
}
