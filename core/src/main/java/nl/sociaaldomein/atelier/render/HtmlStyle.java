package nl.sociaaldomein.atelier.render;

/**
 * The one style sheet of the HTML report, inlined so the file needs nothing else. Readable on a
 * phone (fluid width, tables scroll sideways inside their own box, charts scale), printable (no
 * scroll boxes, tables and figures not split over pages, links and colours kept plain). It contains
 * no {@code <} or {@code &}, so it is also valid XML text.
 */
final class HtmlStyle {

    static final String CSS = String.join("\n",
        "html { -webkit-text-size-adjust: 100%; }",
        "body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;",
        "  font-size: 16px; line-height: 1.5; color: #1b1b1b; background: #ffffff; }",
        "main { max-width: 75rem; margin: 0 auto; padding: 1rem; }", // room for the wide source tables
        "h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }",
        "h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid #1f5f8b; padding-bottom: 0.25rem; }",
        "dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0 0 1rem; }",
        "dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }",
        ".internal { border: 2px solid #b3261e; color: #b3261e; padding: 0.5rem 0.75rem; font-weight: bold; }",
        ".note { border-left: 4px solid #1f5f8b; background: #eef4f8; padding: 0.5rem 0.75rem; margin: 1rem 0; }",
        ".note.warning { border-left-color: #b3261e; background: #fbeeed; }",
        "sup.fn { color: #1f5f8b; margin-left: 0.15em; }",
        ".provenance { list-style: none; padding-left: 0; margin: 0.25rem 0 1rem; font-size: 0.85rem; color: #444; }",
        ".table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; -webkit-overflow-scrolling: touch; }",
        "table { border-collapse: collapse; min-width: 100%; font-variant-numeric: tabular-nums; }",
        "caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }",
        "th, td { border-bottom: 1px solid #c3cad1; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }",
        "thead th { background: #eef1f4; border-bottom: 2px solid #5c6670; }",
        "tfoot td { font-weight: bold; border-top: 2px solid #5c6670; border-bottom: none; }",
        "td.num, th.num { text-align: right; white-space: nowrap; }",
        "td.mark, th.mark { text-align: center; }",
        "td.nowrap { white-space: nowrap; }",
        "figure { margin: 1.5rem 0; }",
        "figcaption { margin-bottom: 0.5rem; } figcaption .summary { display: block; color: #3d454d; font-size: 0.95rem; }",
        "svg.chart { width: 100%; height: auto; max-width: 45rem; display: block; font-size: 13px; }",
        "table.chart-data { font-size: 0.9rem; }",
        "@media (max-width: 30rem) { main { padding: 0.5rem; } th, td { padding: 0.3rem 0.4rem; } }",
        "@media print {",
        "  body { font-size: 10.5pt; } main { max-width: none; padding: 0; }",
        "  .table-scroll { overflow: visible; }",
        "  table, figure, .note { break-inside: avoid; page-break-inside: avoid; }",
        "  thead { display: table-header-group; } h2 { break-after: avoid; page-break-after: avoid; }",
        "  svg.chart { max-width: 100%; }",
        "}");

    private HtmlStyle() {
    }
}
