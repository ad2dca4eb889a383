package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the report files of one run all or none, and never half: each goes to a temporary file
 * in its own folder, written and synced in full; only when every one is complete are they renamed
 * into place (a rename within a folder replaces the old file at once). A full disk, a missing
 * permission or a crash while writing therefore leaves the old files as they were and no
 * half-written report. What is in the way (a folder where a file should go) is refused before
 * anything is written. (Only a failure of the renames themselves, after every file was written
 * in full, could place some files and not others; each file is still whole.)
 */
final class OutputFiles {

    /** Writes bytes to a new file; tests replace it to see how a failing disk is handled. */
    @FunctionalInterface
    interface Writer {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** The real writer: all the bytes, then forced to the disk, so that the rename never exposes less. */
    static final Writer DISK = (file, bytes) -> {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    };

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Writer writer;

    OutputFiles(Writer writer) {
        this.writer = writer;
    }

    /**
     * Writes every file or none. On failure the files that were there are unchanged, no temporary
     * file is left behind, and the exception names the file that could not be written.
     */
    void writeAll(Map<Path, byte[]> files) throws FileFailure {
        for (Path target : files.keySet()) {
            if (Files.isDirectory(target)) {
                throw new FileFailure(target, new IOException(target + " is a folder, not a file"));
            }
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = file.getKey();
                Path folder = target.toAbsolutePath().getParent();
                try {
                    Files.createDirectories(folder);
                    Path temporary = temporaryBeside(folder, target);
                    staged.put(target, temporary);
                    writer.write(temporary, file.getValue());
                } catch (IOException e) {
                    throw new FileFailure(target, e);
                }
            }
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                try {
                    move(file.getValue(), file.getKey());
                } catch (IOException e) {
                    throw new FileFailure(file.getKey(), e);
                }
            }
        } finally {
            for (Path temporary : staged.values()) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A temporary file that cannot be removed is named ".<file>.<n>.part" beside the target.
                }
            }
        }
    }

    /**
     * A new, empty file beside the target, with the permissions a new file gets there (the
     * user's umask) or, when the target exists, the target's own: replacing a report must not
     * make it unreadable to whoever read the old one.
     */
    private static Path temporaryBeside(Path folder, Path target) throws IOException {
        while (true) {
            Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                Files.createFile(temporary);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            if (Files.exists(target) && Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
            return temporary;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file that could not be written, and why. */
    static final class FileFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        FileFailure(Path file, IOException cause) {
            super(cause.getMessage(), cause);
            this.file = file;
        }

        Path file() {
            return file;
        }

        IOException reason() {
            return (IOException) getCause();
        }
    }
}
