/**
 * From the library's results to reports: a {@link nl.sociaaldomein.atelier.reporting.Dossier}
 * gathers what a municipality has on one matter at one moment (a round, a budget, a register),
 * and a {@link nl.sociaaldomein.atelier.reporting.ReportFormat} turns it into a format-free
 * {@link nl.sociaaldomein.atelier.report.Report}. The library ships general formats; a profile
 * adds its municipality's own (Groningen's grants annex, Oost Gelre's status table) by binding
 * them with {@code ProfileBindings.named(binder, ReportFormat.class, "id")}.
 */
package nl.sociaaldomein.atelier.reporting;
