package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.store.jdbc.JournalHead;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.StoreExport;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code atelier store export [--out FILE]}: every journal of the store as JSON lines
 * (docs/storage.md), each verified first. With {@code --out} the file is written whole beside its
 * place and renamed over it only when complete, so a failed export never leaves half a backup.
 * The heads (records and last hash per journal) go to standard error: keep them with the backup.
 */
@Command(name = "export", description = {
    "Write every journal of the store as JSON lines (format atelier-journal-export, docs/storage.md), verified first:",
    "the backup, and the way to another store. The heads (records and last hash) go to standard error."})
final class StoreExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output ('-' is standard output).")
    Path out;

    @Override
    public void run() {
        store.required();
        store.check();
        boolean toFile = out != null && !out.toString().equals("-");
        if (out != null && out.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(), "--out needs a file name (or - for standard output)");
        }
        if (toFile && store.file().isPresent() && out.toAbsolutePath().normalize().equals(store.file().get().toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is the store itself; write the export to another file");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<JournalHead> heads;
        try (JournalStore opened = store.openExisting()) {
            heads = toFile ? toFile(opened) : toStandardOutput(opened);
        } catch (JournalDamagedException e) {
            throw new BadInputException("atelier: " + store.required() + ": " + e.getMessage() + "; nothing was exported. "
                + "Restore the store from a backup (docs/storage.md)");
        }
        for (JournalHead head : heads) {
            err.println(Printable.escaped("atelier: exported journal '" + head.stream() + "': " + head.records() + " records, last hash "
                + head.lastHash()));
        }
        if (toFile) {
            err.println(Printable.escaped("atelier: wrote " + out));
        }
        err.flush();
    }

    private List<JournalHead> toStandardOutput(JournalStore opened) {
        PrintWriter writer = spec.commandLine().getOut();
        WriterOutputStream bytes = new WriterOutputStream(writer);
        List<JournalHead> heads = StoreExport.write(opened, bytes);
        bytes.close();
        if (writer.checkError()) {
            throw new BadInputException("atelier: the export could not be written to standard output");
        }
        return heads;
    }

    /** Written to a temporary file beside the target, forced to disk, then renamed over it. */
    private List<JournalHead> toFile(JournalStore opened) {
        Path target = out.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            List<JournalHead> heads;
            try (OutputStream file = Files.newOutputStream(temporary)) {
                heads = StoreExport.write(opened, file);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return heads;
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("atelier: cannot write " + out + ": " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover .part file names itself; nothing else was touched
                }
            }
        }
    }
}
