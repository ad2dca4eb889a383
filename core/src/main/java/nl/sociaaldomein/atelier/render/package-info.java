/**
 * Renderers: turn a {@link nl.sociaaldomein.atelier.report.Report} into bytes of one format.
 *
 * <p>Each format is one {@link nl.sociaaldomein.atelier.render.ReportRenderer}: {@code markdown},
 * {@code html} (one standalone file with inline SVG charts), {@code csv} (for Dutch spreadsheets)
 * and {@code json}. {@link nl.sociaaldomein.atelier.render.RenderOptions} choose the locale
 * (nl-NL by default) and the {@link nl.sociaaldomein.atelier.initiative.Audience} (public by
 * default). Every renderer escapes every text for its format. See {@code docs/reports.md}.
 */
package nl.sociaaldomein.atelier.render;
