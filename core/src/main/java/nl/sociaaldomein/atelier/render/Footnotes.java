package nl.sociaaldomein.atelier.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;

/**
 * The provenance footnotes of one report, numbered in reading order: every renderer marks a
 * figure with its footnote's number and lists, under each table and figure, the footnotes it uses,
 * so a reader sees next to every figure whether it is published (bron), computed (berekend) or an
 * assumption (aanname). Public so that a format a profile adds words them the same way.
 */
public final class Footnotes {

    private final Map<Provenance, Integer> numbers = new LinkedHashMap<>();

    /**
     * Numbers every provenance the report names, in reading order, from 1.
     *
     * @param report the report
     */
    public Footnotes(Report report) {
        for (Provenance provenance : report.provenances()) {
            numbers.put(provenance, numbers.size() + 1);
        }
    }

    /**
     * The footnote number of a provenance the report names.
     *
     * @param provenance a provenance the report names
     * @return its footnote number
     */
    public int number(Provenance provenance) {
        Integer number = numbers.get(provenance);
        if (number == null) {
            throw new IllegalArgumentException("not a provenance of this report: " + provenance);
        }
        return number;
    }

    /**
     * The number of the cell's footnote, if the cell is a figure whose provenance is not the
     * table's main one ({@link #main}): that one is said once for the whole table, not on every cell.
     *
     * @param table  the table
     * @param row    a row of it
     * @param column the cell's column
     * @return the footnote number, or empty
     */
    public Optional<Integer> numberOf(Table table, Row row, int column) {
        if (!Table.carriesProvenance(row, column)) {
            return Optional.empty();
        }
        Optional<Provenance> main = main(table);
        return table.provenanceOf(row, column).filter(p -> !main.equals(Optional.of(p))).map(this::number);
    }

    /**
     * The provenance most of the table's figures have (a source before a computation, else the first in reading
     * order, on a tie; never an assumption); its
     * footnote covers the table. None when a figure has no provenance: an unmarked figure must not
     * seem covered by another's footnote.
     *
     * @param table the table
     * @return the main provenance, or empty
     */
    public static Optional<Provenance> main(Table table) {
        Map<Provenance, Integer> counts = new LinkedHashMap<>();
        for (List<Row> group : List.of(table.rows(), table.footer())) {
            for (Row row : group) {
                for (int c = 0; c < row.cells().size(); c++) {
                    if (Table.carriesProvenance(row, c)) {
                        Optional<Provenance> p = table.provenanceOf(row, c);
                        if (p.isEmpty()) {
                            return Optional.empty();
                        }
                        counts.merge(p.get(), 1, Integer::sum);
                    }
                }
            }
        }
        // An assumption is never said once for the table: each one is marked where it stands. On a tie a published
        // source covers the table rather than a computation.
        return counts.entrySet().stream().filter(e -> e.getKey().kind() != Provenance.Kind.ASSUMPTION)
            .reduce((a, b) -> b.getValue() > a.getValue()
                || b.getValue().equals(a.getValue()) && b.getKey().kind().ordinal() < a.getKey().kind().ordinal() ? b : a)
            .map(Map.Entry::getKey);
    }

    /**
     * A footnote line under a table: the main provenance says it covers the table's other figures.
     *
     * @param table      the table
     * @param provenance one of its provenances
     * @param options    the report's language
     * @return the line, without its number
     */
    public static String line(Table table, Provenance provenance, RenderOptions options) {
        boolean main = main(table).equals(Optional.of(provenance));
        String scope = main ? (options.isEnglish() ? "(figures without a note) " : "(cijfers zonder voetnoot) ") : "";
        return scope + text(provenance, options);
    }

    /**
     * "bron", "berekend", "aanname" (or in English).
     *
     * @param provenance the provenance
     * @param options    the report's language
     * @return the kind's word
     */
    public static String kind(Provenance provenance, RenderOptions options) {
        return options.isEnglish() ? provenance.kind().english() : provenance.kind().dutch();
    }

    /**
     * The footnote's text without its number: {@code bron: 000_….txt, “…”}.
     *
     * @param provenance the provenance
     * @param options    the report's language
     * @return the text
     */
    public static String text(Provenance provenance, RenderOptions options) {
        return kind(provenance, options) + ": " + provenance.detail();
    }

    /**
     * Said next to a table or figure that holds an assumption, in the report's language.
     *
     * @param options the report's language
     * @return the warning
     */
    public static String assumptionWarning(RenderOptions options) {
        return options.isEnglish()
            ? "This table holds assumptions: values that no source gives, marked \"assumption\" in its notes."
            : "Deze tabel bevat aannames: waarden die geen bron geeft, gemarkeerd met \"aanname\" in de voetnoten.";
    }

    /**
     * The heading of a footnote list.
     *
     * @param options the report's language
     * @return the heading
     */
    public static String heading(RenderOptions options) {
        return options.isEnglish() ? "Provenance" : "Herkomst";
    }

    /**
     * The provenances of a table in footnote order.
     *
     * @param table the table
     * @return its provenances, by footnote number
     */
    public List<Provenance> of(Table table) {
        return table.provenances().stream().sorted(java.util.Comparator.comparingInt(this::number)).toList();
    }
}
