package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.Map;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.reporting.GeneralFormats;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/** The report formats Hoogeveen binds itself, without the library's general ones every profile has. */
final class HoogeveenOwnFormats {

    private HoogeveenOwnFormats() {
    }

    static Map<String, ReportFormat> of(Map<String, ReportFormat> bound) {
        var general = GeneralFormats.all().stream().map(ReportFormat::id).collect(Collectors.toSet());
        return bound.entrySet().stream().filter(e -> !general.contains(e.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
