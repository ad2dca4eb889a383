package nl.sociaaldomein.atelier.journal.tck;

import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.Journal;

/** The in-memory journal keeps the contract every engine keeps. */
class InMemoryJournalConformanceTest extends JournalConformanceKit {

    @Override
    protected Journal newJournal() {
        return new InMemoryJournal();
    }
}
