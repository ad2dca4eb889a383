package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.store.jdbc.ImportRefusedException;
import nl.sociaaldomein.atelier.store.jdbc.JournalHead;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.StoreException;
import nl.sociaaldomein.atelier.store.jdbc.StoreImport;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atelier store import FILE}: an export into an empty store, in one transaction: every line
 * and every journal's chain is checked first, and a file with any problem is refused with each
 * problem at its line and nothing stored. An SQLite file the import created is removed again
 * when the import is refused, so a refused import leaves nothing behind.
 */
@Command(name = "import", description = {
    "Read an export (JSON lines from 'atelier store export') into an empty store, verifying every journal's chain:",
    "all of it is stored, or nothing is and every problem is shown with its line. Prints each journal's head."})
final class StoreImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The export to read.")
    Path file;

    @Mixin
    StoreOptions store;

    @Override
    public void run() {
        store.required();
        store.check();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": " + (Files.exists(file) ? "is not a file" : "no such file"));
        }
        Optional<Path> created = store.file().filter(f -> !Files.exists(f));
        List<JournalHead> heads;
        boolean stored = false;
        try (JournalStore opened = store.open(); InputStream in = Files.newInputStream(file)) {
            heads = StoreImport.read(opened, in, file.toString());
            stored = true;
        } catch (ImportRefusedException e) {
            List<String> lines = new ArrayList<>(e.problems());
            lines.add(file + ": not imported; nothing was stored");
            throw new BadInputException(lines);
        } catch (StoreException e) {
            throw new BadInputException("atelier: " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage());
        } finally {
            if (!stored) {
                created.ifPresent(StoreImportCommand::remove);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (JournalHead head : heads) {
            out.println(Printable.escaped("imported journal '" + head.stream() + "': " + head.records() + " records, last hash "
                + head.lastHash()));
        }
        out.println(Printable.escaped(file + ": imported into " + store.required() + "; every chain verifies"));
        out.flush();
    }

    /** The SQLite file (and what SQLite keeps beside it) that a refused import created. */
    private static void remove(Path sqlite) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(sqlite + suffix));
            } catch (IOException ignored) {
                // left for the user to remove; the message said nothing was stored
            }
        }
    }
}
