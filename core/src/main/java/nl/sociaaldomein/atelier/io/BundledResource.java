package nl.sociaaldomein.atelier.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a data file shipped inside a jar (a profile's register, a round, a scenario). A missing
 * or unreadable one is a packaging error of whoever built the jar, not a user's mistake, so it
 * throws rather than returning problems.
 */
public final class BundledResource {

    private BundledResource() {
    }

    /**
     * The bytes of {@code name}, resolved as {@link Class#getResourceAsStream} does: relative to
     * {@code anchor}'s package, or from the classpath root when it starts with {@code /}.
     *
     * @param anchor the class whose package a relative name starts from (usually the profile's own)
     * @param name   the resource's name, such as {@code round-2016.yaml} or {@code /profiles/x.yaml}
     * @return the resource's bytes
     * @throws IllegalStateException when the resource is missing or unreadable: a packaging bug, not bad input
     */
    public static byte[] bytes(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                    "the bundled data file " + name + " is not on the classpath (looked up from " + anchor.getName() + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled data file " + name, e);
        }
    }
}
