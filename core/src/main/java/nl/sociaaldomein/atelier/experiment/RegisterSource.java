package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;

/**
 * Where a register's data comes from: a source file and a phrase quoted from it.
 *
 * @param file  the source file in docs/sources/
 * @param quote the phrase quoted from it
 */
public record RegisterSource(String file, String quote) {

    /**
     * Checks that both are given.
     *
     * @param file  the source file in docs/sources/
     * @param quote the phrase quoted from it
     */
    public RegisterSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(quote, "quote");
    }
}
