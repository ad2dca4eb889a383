package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.report.Report;

/** Core's sample report (package-private there), for this module's tests. */
public final class SampleReports {

    private SampleReports() {
    }

    /** The report of core's golden files. */
    public static Report sample() {
        return SampleReport.build();
    }
}
