/**
 * One way to report what went wrong for the caller's reasons: a {@link nl.sociaaldomein.atelier.problem.Problem}
 * (a stable code, what kind of problem it is, where, and what, in Dutch and English) and a
 * {@link nl.sociaaldomein.atelier.problem.Result} (a value, or every problem found). A caller who
 * prefers exceptions calls {@link nl.sociaaldomein.atelier.problem.Result#orElseThrow()}, which
 * throws a {@link nl.sociaaldomein.atelier.problem.ProblemException} carrying all problems.
 */
package nl.sociaaldomein.atelier.problem;
