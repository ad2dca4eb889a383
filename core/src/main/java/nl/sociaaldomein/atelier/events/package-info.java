/**
 * What rounds and experiments share as systems of record (docs/calls.md, docs/experiments.md,
 * "Commands and events"): the {@link nl.sociaaldomein.atelier.events.Stamp} every event carries
 * (who, why, and the day it takes effect when the source gives one), events as they were recorded
 * ({@link nl.sociaaldomein.atelier.events.Recorded}), the codec port that keeps JSON out of the domain,
 * and {@link nl.sociaaldomein.atelier.events.EventStream}: one kind of event in the ledger's journal,
 * read (verifying the hash chain) and appended at the expected head. Plain Java: no Guice, no Jackson.
 */
package nl.sociaaldomein.atelier.events;
