/**
 * The format-free report model: what a council member reads, without saying how it is drawn.
 *
 * <p>A {@link nl.sociaaldomein.atelier.report.Report} has a title, {@link
 * nl.sociaaldomein.atelier.report.ReportMetadata metadata} and {@link
 * nl.sociaaldomein.atelier.report.Section sections} of {@link nl.sociaaldomein.atelier.report.Block
 * blocks}: paragraphs, notes (warnings), tables of typed {@link nl.sociaaldomein.atelier.report.Cell
 * cells}, and figures whose {@link nl.sociaaldomein.atelier.report.Chart charts} are data only.
 * The {@code render} package turns it into Markdown, HTML, CSV or JSON for a locale and an audience.
 *
 * <p>Privacy by construction: a party cell holds the {@link nl.sociaaldomein.atelier.initiative.Applicant}
 * itself, never a name, so the renderer decides per audience whether "Particulier" is shown.
 */
package nl.sociaaldomein.atelier.report;
