package nl.sociaaldomein.atelier.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/** The formats at hand, by id. The library's own four are {@link #standard()}. */
public final class Renderers {

    private final Map<String, ReportRenderer> byId;

    private Renderers(Map<String, ReportRenderer> byId) {
        this.byId = byId;
    }

    /** {@return the library's renderers: Markdown, HTML, CSV and JSON} */
    public static Renderers standard() {
        return of(List.of(new MarkdownRenderer(), new HtmlRenderer(), new CsvRenderer(), new JsonRenderer()));
    }

    /**
     * These renderers; two with the same format id are a programming error.
     *
     * @param renderers the renderers
     * @return the set
     * @throws IllegalArgumentException when two renderers share a format id
     */
    public static Renderers of(Collection<? extends ReportRenderer> renderers) {
        Map<String, ReportRenderer> byId = new LinkedHashMap<>();
        for (ReportRenderer renderer : renderers) {
            ReportRenderer earlier = byId.putIfAbsent(renderer.formatId(), renderer);
            if (earlier != null) {
                throw new IllegalArgumentException("two renderers for format '" + renderer.formatId() + "': "
                    + earlier.getClass().getName() + " and " + renderer.getClass().getName());
            }
        }
        return new Renderers(byId);
    }

    /**
     * The renderer for an output format id, or the problem {@code report.unknown-output} (not
     * found, placed at the output) listing the known ids.
     *
     * @param formatId the output format id, e.g. {@code html}
     * @return the renderer, or the problem
     */
    public Result<ReportRenderer> forFormat(String formatId) {
        ReportRenderer renderer = byId.get(formatId);
        if (renderer != null) {
            return Result.ok(renderer);
        }
        String known = String.join(", ", formatIds());
        return Result.failed(Problem.notFound("report.unknown-output", Place.about("output", formatId),
            "onbekend uitvoerformaat '" + formatId + "'; bekend: " + known,
            "unknown output format '" + formatId + "'; known: " + known));
    }

    /** {@return the output format ids, in the order given} */
    public List<String> formatIds() {
        return new ArrayList<>(byId.keySet());
    }
}
