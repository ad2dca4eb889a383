/**
 * Groningen's half-year progress report (halfjaarrapportage) on its participation projects and
 * pilots: the register {@code meedoen-2017.yaml} (projects of the letter on meedoen,
 * 003_8cbc039ce30155df.txt, in the experiments register format of docs/experiments.md), how it is
 * read ({@link nl.sociaaldomein.atelier.profile.groningen.progress.GroningenProgress}), and the
 * report format {@code half-year-progress}
 * ({@link nl.sociaaldomein.atelier.profile.groningen.progress.HalfYearProgress}): projects with
 * their state, KPIs with target, measured value, progress and on-track verdict, qualitative
 * indicators, and the review moments "tussentijds en aan het einde van de rit" with the choice
 * continue / adjust / stop. Review moments follow
 * {@code ReviewCadence.halfYearlyAndAtEnd(3 months)}: 30-6 and 31-12 while a project runs, and its
 * end; a project whose start is known only to the year is reviewed from 30-6 of that year.
 */
package nl.sociaaldomein.atelier.profile.groningen.progress;
