/**
 * Experiments as they happen (docs/experiments.md, "Commands and events"): registering,
 * starting, measuring KPIs, reviewing, transitions and corrections of a published row are
 * {@link nl.sociaaldomein.atelier.register.RegisterCommand}s checked against the register's state
 * and recorded as {@link nl.sociaaldomein.atelier.register.ExperimentEvent}s in the ledger's
 * journal; the register as of a day, as known at a moment, is the fold of its events.
 */
package nl.sociaaldomein.atelier.register;
