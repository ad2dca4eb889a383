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

    public Footnotes(Report report) {
        for (Provenance provenance : report.provenances()) {
            numbers.put(provenance, numbers.size() + 1);
        }
    }

    /** The footnote number of a provenance the report names. */
    public int number(Provenance provenance) {
        Integer number = numbers.get(provenance);
        if (number == null) {
            throw new IllegalArgumentException("not a provenance of this report: " + provenance);
        }
        return number;
    }

    /** The number of the cell's footnote, if the cell is a figure with a provenance. */
    public Optional<Integer> numberOf(Table table, Row row, int column) {
        if (!row.cells().get(column).isFigure()) {
            return Optional.empty();
        }
        return table.provenanceOf(row, column).map(this::number);
    }

    /** "bron", "berekend", "aanname" (or in English). */
    public static String kind(Provenance provenance, RenderOptions options) {
        return options.isEnglish() ? provenance.kind().english() : provenance.kind().dutch();
    }

    /** The footnote's text without its number: {@code bron: 000_….txt, “…”}. */
    public static String text(Provenance provenance, RenderOptions options) {
        return kind(provenance, options) + ": " + provenance.detail();
    }

    /** Said next to a table or figure that holds an assumption, in the report's language. */
    public static String assumptionWarning(RenderOptions options) {
        return options.isEnglish()
            ? "This table holds assumptions: values that no source gives, marked \"assumption\" in its notes."
            : "Deze tabel bevat aannames: waarden die geen bron geeft, gemarkeerd met \"aanname\" in de voetnoten.";
    }

    /** The heading of a footnote list. */
    public static String heading(RenderOptions options) {
        return options.isEnglish() ? "Provenance" : "Herkomst";
    }

    /** The provenances of a table in footnote order. */
    public List<Provenance> of(Table table) {
        return table.provenances().stream().sorted(java.util.Comparator.comparingInt(this::number)).toList();
    }
}
