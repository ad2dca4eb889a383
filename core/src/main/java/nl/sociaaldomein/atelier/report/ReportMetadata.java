package nl.sociaaldomein.atelier.report;

import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.Municipality;
import org.immutables.value.Value;

/** Who reports, when, and under which reference (kenmerk), as a council letter heads itself. */
@Value.Immutable
public abstract class ReportMetadata {

    /** {@return the municipality that reports, if the report names it} */
    public abstract Optional<Municipality> municipality();

    /** {@return the report's date, at the precision known (the Oost Gelre memo: 12 september 2018)} */
    public abstract Optional<PartialDate> date();

    /** {@return the municipality's reference (kenmerk), if any} */
    public abstract Optional<String> reference();

    /** {@return a builder; every part is optional} */
    public static ImmutableReportMetadata.Builder builder() {
        return ImmutableReportMetadata.builder();
    }

    /** {@return metadata that says nothing} */
    public static ReportMetadata none() {
        return builder().build();
    }
}
