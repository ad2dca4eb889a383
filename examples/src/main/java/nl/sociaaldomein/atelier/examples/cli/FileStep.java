package nl.sociaaldomein.atelier.examples.cli;

/** A command read from a file, and the JSON pointer of the part of the file it comes from (where a refusal is placed). */
record FileStep<C>(C command, String pointer) {
}
