package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;
import java.util.Optional;

/**
 * What an experiment split into, going on with its own lifecycle; e.g. row 1 of Oost Gelre's
 * register: "Buurtsportcoaches: regulier ingezet" and "Zelfsturende professionals SWOIJ: loopt,
 * wordt verlengd" (004_09d1d1def8e42fc5.txt).
 *
 * @param publishedOutcome the successor's outcome text as published, when it came from a register
 * @param name             the successor's name
 * @param lifecycle        its own lifecycle
 */
public record Successor(String name, Lifecycle lifecycle, Optional<String> publishedOutcome) {

    /**
     * Checks that no component is missing and the successor has a name.
     *
     * @param name             the successor's name
     * @param lifecycle        its own lifecycle
     * @param publishedOutcome the successor's outcome text as published, when it came from a register
     * @throws IllegalArgumentException when the name is blank
     */
    public Successor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(publishedOutcome, "publishedOutcome");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a successor needs a name");
        }
    }
}
