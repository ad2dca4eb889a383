package nl.sociaaldomein.atelier.examples.cli;

import java.time.LocalDate;
import java.util.List;

/**
 * A bundled replay: a source document's matter as data, the profile it runs through, and the
 * reports that show it as the municipality published it. Read from
 * {@code scenarios/<id>.yaml} by {@link ScenarioCatalogue}.
 *
 * @param data    the classpath resource of the data file (a round file or an experiment register)
 * @param asOf    the day the reports describe
 * @param reports the report format ids to print, in order
 */
record Scenario(String id, String title, String sourceFile, String sourceQuote, String profile, String data,
                LocalDate asOf, List<String> reports) {

    Scenario {
        reports = List.copyOf(reports);
    }
}
