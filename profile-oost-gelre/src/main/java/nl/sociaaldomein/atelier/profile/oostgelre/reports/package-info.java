/**
 * Oost Gelre's reports on its experiments register (004_09d1d1def8e42fc5.txt): the memo's status
 * table ({@code status-table}), the college's quarterly review list ({@code quarterly-reviews}) and
 * the register's data-quality findings ({@code data-quality}). Each builds from a
 * {@code Dossier} with a register and refuses, with a message, a dossier without one.
 */
package nl.sociaaldomein.atelier.profile.oostgelre.reports;
