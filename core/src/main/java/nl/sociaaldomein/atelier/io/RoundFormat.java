package nl.sociaaldomein.atelier.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.call.Phase;

/** The names of the round file format ({@code docs/round-format.md}), in one place. */
public final class RoundFormat {

    /** The value of the required top-level {@code format} field. */
    public static final String VERSION = "atelier-round/1";

    /** The call's phases by their file code: {@code open-for-ideas}, {@code pitch-event}, ... */
    public static final Map<String, Phase> PHASES = phases();

    private RoundFormat() {
    }

    private static Map<String, Phase> phases() {
        Map<String, Phase> out = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            out.put(phase.name().toLowerCase(Locale.ROOT).replace('_', '-'), phase);
        }
        return Collections.unmodifiableMap(out);
    }
}
