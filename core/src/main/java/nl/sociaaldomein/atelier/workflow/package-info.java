/**
 * The generic pipeline from a round's data to a {@link nl.sociaaldomein.atelier.reporting.Dossier}:
 * open the round, assess, allocate (the committee's recorded decisions, or a profile's policy),
 * post the grants and reservations to the ledger, and gather the result. Plain values in and
 * out; every failure comes back as a list of problems. No Guice, no Jackson: file formats live in
 * {@code io} ({@code RoundFileReader} produces a {@link nl.sociaaldomein.atelier.workflow.RoundPlan}),
 * wiring in {@code profile}.
 */
package nl.sociaaldomein.atelier.workflow;
