/**
 * Where a value comes from: published in a source document (bron), computed from other values
 * (berekend), or assumed (aanname). Data files state it per value or per block
 * ({@link nl.sociaaldomein.atelier.provenance.ProvenanceMap}); reports show it next to every figure.
 */
package nl.sociaaldomein.atelier.provenance;
