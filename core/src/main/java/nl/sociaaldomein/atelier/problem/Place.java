package nl.sociaaldomein.atelier.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a problem is. From a file: the file, its line and column (1-based; 0 when not known) and
 * the JSON path (a JSON Pointer such as {@code /initiatives/3/requestedAmount}, the same for
 * YAML). From the domain: what it concerns, by kind and id ({@code entry}, {@code initiative},
 * {@code pot}, {@code round}, {@code experiment}…), in the order given. A place may have both, or
 * neither ({@link #NOWHERE}).
 *
 * @param file     the file the problem is in, when it is in one
 * @param line     the line in the file, from 1; 0 when not known
 * @param column   the column in the line, from 1; 0 when not known
 * @param path     the JSON Pointer of the value in the file, or empty
 * @param subjects what the problem concerns, kind to id, in the order given
 */
public record Place(Optional<String> file, int line, int column, String path, Map<String, String> subjects) {

    /** A problem about the whole call, not about one part of it. */
    public static final Place NOWHERE = new Place(Optional.empty(), 0, 0, "", Map.of());

    /**
     * Checks the place and keeps an unmodifiable copy of the subjects, in their order.
     *
     * @param file     the file the problem is in, when it is in one
     * @param line     the line in the file, from 1; 0 when not known
     * @param column   the column in the line, from 1; 0 when not known
     * @param path     the JSON Pointer of the value in the file, or empty
     * @param subjects what the problem concerns, kind to id
     * @throws IllegalArgumentException when the line or column is negative
     */
    public Place {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column count from 1 (0 = not known), were " + line + ":" + column);
        }
        subjects = Collections.unmodifiableMap(new LinkedHashMap<>(subjects));
    }

    /**
     * A place in a file.
     *
     * @param file   the file's name as the user gave it
     * @param line   the line, from 1; 0 when not known
     * @param column the column, from 1; 0 when not known
     * @param path   the JSON Pointer of the value, e.g. {@code /initiatives/3/requestedAmount}
     * @return the place
     */
    public static Place inFile(String file, int line, int column, String path) {
        return new Place(Optional.of(file), line, column, path, Map.of());
    }

    /**
     * A place in the domain: one subject, e.g. {@code about("pot", "wmo-2016")}.
     *
     * @param kind what kind of thing it is, e.g. {@code pot}
     * @param id   its id
     * @return the place
     */
    public static Place about(String kind, String id) {
        return new Place(Optional.empty(), 0, 0, "", Map.of(kind, id));
    }

    /**
     * This place with one more subject.
     *
     * @param kind what kind of thing it is, e.g. {@code entry}
     * @param id   its id
     * @return a new place; this one is unchanged
     */
    public Place and(String kind, String id) {
        Map<String, String> more = new LinkedHashMap<>(subjects);
        more.put(kind, id);
        return new Place(file, line, column, path, more);
    }

    /**
     * The id of the subject of this kind, if the place names one.
     *
     * @param kind the kind, e.g. {@code pot}
     * @return the id, or empty
     */
    public Optional<String> subject(String kind) {
        return Optional.ofNullable(subjects.get(kind));
    }

    /**
     * {@code round.yaml:12:7 /initiatives/3/requestedAmount}, {@code pot 'wmo-2016', entry 'g-12'},
     * or the empty string for {@link #NOWHERE}.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        file.ifPresent(f -> {
            out.append(f);
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
        });
        if (!path.isEmpty()) {
            out.append(out.length() > 0 ? " " : "").append(path);
        }
        subjects.forEach((kind, id) -> out.append(out.length() > 0 ? ", " : "").append(kind).append(" '").append(id).append('\''));
        return out.toString();
    }
}
