package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.Mistake;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Reads a data file's {@code provenance} list: where its values come from, per block or per value.
 *
 * <pre>{@code
 * provenance:
 *   - of: portfolio                      # a block: every value in it
 *     bron: {file: 000_54832993d59957fc.txt, quote: "Bijlage: Toekenningen Innovatieateliers Sociaal Domein"}
 *   - of: decisions/gr2016-idee-29/reservation   # one value, by the ids on its way
 *     aanname: "the letter gives no amount for the pending initiative"
 *   - of: budget/innovatie-2016
 *     berekend: "the sum of the three pots of € 1 miljoen"
 * }</pre>
 *
 * Each entry has {@code of} and exactly one of {@code bron} (file and quote), {@code berekend}
 * (how) or {@code aanname} (why). A path starts with one of the file's blocks. Profile data must
 * state the provenance of every block ({@link #requireCovered}); a user's own file need not.
 */
final class ProvenanceReader {

    private static final List<String> KINDS = List.of("bron", "berekend", "aanname");

    private ProvenanceReader() {
    }

    /** The {@code provenance} field of {@code root}, when present; {@code blocks} are the file's top-level parts. */
    public static ProvenanceMap read(ObjectFields root, List<String> blocks) {
        Map<String, Provenance> byPath = new LinkedHashMap<>();
        root.objects("provenance", fields -> entry(fields, blocks)).forEach(e -> {
            if (byPath.containsKey(e.path())) {
                root.context().problem(root.pathOf("provenance"), twice(e.path()));
            }
            byPath.put(e.path(), e.provenance());
        });
        return ProvenanceMap.of(byPath);
    }

    /**
     * The bound {@code provenance} list of a file whose schema has already checked each entry's
     * shape (an {@code of} and exactly one of bron, berekend, aanname); {@code pointer} is the list's path.
     */
    static ProvenanceMap read(ReadContext context, String pointer, List<FileEntries.ProvenanceEntry> entries, List<String> blocks) {
        Map<String, Provenance> byPath = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            FileEntries.ProvenanceEntry entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String path = entry.of().strip();
            Optional<Mistake> problem = pathProblem(path, blocks);
            if (problem.isPresent()) {
                context.problem(pointer + "/" + i + "/of", problem.get());
                continue;
            }
            if (byPath.containsKey(path)) {
                context.problem(pointer, twice(path));
            }
            byPath.put(path, entry.bron() != null ? Provenance.source(entry.bron().file().strip(), entry.bron().quote().strip())
                : entry.berekend() != null ? Provenance.computed(entry.berekend().strip())
                : Provenance.assumption(entry.aanname().strip()));
        }
        return ProvenanceMap.of(byPath);
    }

    /** As {@link #requireCovered(ObjectFields, ProvenanceMap, List)}, reporting into a context. */
    static void requireCovered(ReadContext context, ProvenanceMap map, List<String> paths) {
        for (String path : paths) {
            if (map.of(path).isEmpty()) {
                context.problem("/" + path.split("/")[0], uncovered(path));
            }
        }
    }

    /**
     * A problem for each block (and each of {@code values}) whose provenance the file does not state,
     * at that block's path: profile data never leaves a reader to guess whether a value is published.
     */
    public static void requireCovered(ObjectFields root, ProvenanceMap map, List<String> paths) {
        for (String path : paths) {
            if (map.of(path).isEmpty()) {
                root.context().problem("/" + path.split("/")[0], uncovered(path));
            }
        }
    }

    private static Mistake uncovered(String path) {
        return Mistake.of("input.provenance-missing", "profielgegevens moeten zeggen waar '" + path + "' vandaan komt: voeg aan 'provenance' een "
            + "regel 'of: " + path + "' toe (of voor het blok ervan) met 'bron' (bestand en citaat), 'berekend' (hoe) of 'aanname' (waarom)",
            "profile data must say where '" + path + "' comes from: add to 'provenance' an "
            + "entry 'of: " + path + "' (or of its block) with 'bron' (file and quote), 'berekend' (how) or 'aanname' (why)");
    }

    private static Mistake twice(String path) {
        return Mistake.of("input.duplicate-id", "de herkomst van '" + path + "' staat er twee keer", "the provenance of '" + path + "' is stated twice");
    }

    /** What is wrong with a provenance path, if anything: it is ids joined by '/', starting with one of the file's blocks. */
    private static Optional<Mistake> pathProblem(String p, List<String> blocks) {
        String block = p.split("/")[0];
        if (p.startsWith("/") || p.endsWith("/") || p.contains("//")) {
            return Optional.of(Mistake.of("input.reference-unknown",
                "een herkomstpad bestaat uit id's verbonden met '/', zoals 'decisions/gr2016-01/amount', niet '" + p + "'",
                "a provenance path is ids joined by '/', such as 'decisions/gr2016-01/amount', not '" + p + "'"));
        }
        if (!blocks.contains(block)) {
            return Optional.of(Mistake.of("input.reference-unknown",
                "'" + block + "' is geen onderdeel van dit bestand; een herkomstpad begint met een van " + blocks,
                "'" + block + "' is not a part of this file; a provenance path starts with one of " + blocks));
        }
        return Optional.empty();
    }

    private record Entry(String path, Provenance provenance) {
    }

    private static Optional<Entry> entry(ObjectFields fields, List<String> blocks) {
        int before = fields.context().problemCount();
        Optional<String> path = fields.requiredText("of");
        Optional<Provenance> provenance = Optional.empty();
        int kinds = 0;
        for (String kind : KINDS) {
            if (fields.has(kind)) {
                kinds++;
            }
        }
        if (kinds != 1) {
            fields.context().problem(fields.pointer(), "input.inconsistent", "een herkomstregel heeft precies één van 'bron' (bestand en citaat), "
                + "'berekend' (hoe het berekend is) of 'aanname' (waarom het wordt aangenomen); gevonden: " + kinds,
                "a provenance entry has exactly one of 'bron' (file and quote), "
                + "'berekend' (how it is computed) or 'aanname' (why it is assumed); found " + kinds);
        }
        if (fields.has("bron")) {
            provenance = fields.requiredObject("bron").flatMap(ProvenanceReader::source);
        }
        if (fields.has("berekend")) {
            provenance = fields.requiredText("berekend").map(Provenance::computed);
        }
        if (fields.has("aanname")) {
            provenance = fields.requiredText("aanname").map(Provenance::assumption);
        }
        fields.done();
        path.ifPresent(p -> pathProblem(p, blocks).ifPresent(problem -> fields.context().problem(fields.pathOf("of"), problem)));
        if (path.isEmpty() || provenance.isEmpty() || fields.context().problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Entry(path.get(), provenance.get()));
    }

    private static Optional<Provenance> source(ObjectFields fields) {
        Optional<String> file = fields.requiredText("file");
        Optional<String> quote = fields.requiredText("quote");
        fields.done();
        return file.flatMap(f -> quote.map(q -> Provenance.source(f, q)));
    }
}
