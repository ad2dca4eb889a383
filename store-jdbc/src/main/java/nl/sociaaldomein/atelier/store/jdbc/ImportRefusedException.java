package nl.sociaaldomein.atelier.store.jdbc;

import java.util.List;

/** An import that was refused as a whole: every problem found, each naming its line; nothing was stored. */
public final class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each problem as "source:line: what is wrong", in the order found. */
    private final List<String> problems;

    ImportRefusedException(String source, List<String> problems) {
        super("import of " + source + " refused, nothing was stored:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Each problem as "source:line: what is wrong".
     *
     * @return every problem found, each naming the line of the export it is on
     */
    public List<String> problems() {
        return problems;
    }
}
