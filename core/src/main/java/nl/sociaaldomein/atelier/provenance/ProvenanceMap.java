package nl.sociaaldomein.atelier.provenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provenance a data file states, per value or per block, keyed by a path of ids such as
 * {@code decisions}, {@code decisions/gr2016-idee-29/reservation} or {@code experiments/14-3/end}.
 * A lookup finds the most specific statement: the value's own, else its parent's, up to the block.
 */
public final class ProvenanceMap {

    private static final ProvenanceMap EMPTY = new ProvenanceMap(Map.of());

    private final Map<String, Provenance> byPath;

    private ProvenanceMap(Map<String, Provenance> byPath) {
        this.byPath = Collections.unmodifiableMap(new LinkedHashMap<>(byPath));
    }

    /** {@return a map without statements} */
    public static ProvenanceMap empty() {
        return EMPTY;
    }

    /**
     * From paths to provenance; a path is ids joined by '/', without leading or trailing '/'.
     *
     * @param byPath provenance by path, in the file's order
     * @return the map
     */
    public static ProvenanceMap of(Map<String, Provenance> byPath) {
        Map<String, Provenance> copy = new LinkedHashMap<>();
        byPath.forEach((path, provenance) -> {
            Objects.requireNonNull(provenance, "provenance of " + path);
            if (path.isBlank() || path.startsWith("/") || path.endsWith("/")) {
                throw new IllegalArgumentException("a provenance path is ids joined by '/', not '" + path + "'");
            }
            copy.put(path, provenance);
        });
        return new ProvenanceMap(copy);
    }

    /**
     * The provenance of the value at {@code path}: its own, or the nearest enclosing block's. A
     * statement's id may be {@code *}, standing for any id at that place ({@code decisions/x/amount}
     * is covered by {@code decisions/}{@code *}{@code /amount}); an exact id wins over {@code *}.
     *
     * @param path ids joined by '/'
     * @return the provenance, or empty when neither the value nor an enclosing block has one
     */
    public Optional<Provenance> of(String path) {
        String[] ids = path.split("/");
        for (int length = ids.length; length > 0; length--) {
            Provenance exact = byPath.get(String.join("/", java.util.Arrays.copyOf(ids, length)));
            if (exact != null) {
                return Optional.of(exact);
            }
            for (Map.Entry<String, Provenance> entry : byPath.entrySet()) {
                if (matches(entry.getKey().split("/"), ids, length)) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] pattern, String[] ids, int length) {
        if (pattern.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(ids[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Like {@link #of(String)}, for a path given as its ids.
     *
     * @param first the first id
     * @param more  the ids below it
     * @return the provenance, or empty
     */
    public Optional<Provenance> of(String first, String... more) {
        return of(first + (more.length == 0 ? "" : "/" + String.join("/", more)));
    }

    /** {@return whether the map holds no statement} */
    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** {@return every statement, in the order the file gives them} */
    public Map<String, Provenance> asMap() {
        return byPath;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProvenanceMap && ((ProvenanceMap) other).byPath.equals(byPath);
    }

    @Override
    public int hashCode() {
        return byPath.hashCode();
    }

    @Override
    public String toString() {
        return "ProvenanceMap" + byPath;
    }
}
