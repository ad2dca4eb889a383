package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files are replaced whole or not at all, however the writing fails. */
class OutputFilesTest {

    /** A disk that takes half of the second file it is given, then is full. */
    private static OutputFiles.Writer fullAfterOneAndAHalfFiles() {
        int[] calls = {0};
        return (file, bytes) -> {
            if (calls[0]++ == 0) {
                OutputFiles.DISK.write(file, bytes);
                return;
            }
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("No space left on device");
        };
    }

    @Test
    void aFullDiskLeavesEveryOldFileAsItWasAndNoPartBehind(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("r-a.html"), "<p>oud a</p>");
        Path second = Files.writeString(dir.resolve("r-b.html"), "<p>oud b</p>");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(first, "<p>nieuw a</p>".repeat(100).getBytes(StandardCharsets.UTF_8));
        files.put(second, "<p>nieuw b</p>".repeat(100).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new OutputFiles(fullAfterOneAndAHalfFiles()).writeAll(files))
            .isInstanceOf(OutputFiles.FileFailure.class).hasMessage("No space left on device")
            .satisfies(e -> assertThat(((OutputFiles.FileFailure) e).file()).isEqualTo(second));

        assertThat(Files.readString(first)).as("all or none: the first, written in full, is not placed either").isEqualTo("<p>oud a</p>");
        assertThat(Files.readString(second)).isEqualTo("<p>oud b</p>");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(first, second);
        }
    }

    @Test
    void completeFilesReplaceTheOldOnesKeepingTheirPermissions(@TempDir Path dir) throws Exception {
        Path old = Files.writeString(dir.resolve("r.md"), "oud");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        new OutputFiles(OutputFiles.DISK).writeAll(Map.of(old, "nieuw".getBytes(StandardCharsets.UTF_8),
            dir.resolve("sub/nieuw.md"), "ook".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(old)).isEqualTo("nieuw");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(dir.resolve("sub/nieuw.md"))).isEqualTo("ook");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.md", "sub");
        }
    }

    @Test
    void aFolderWhereAFileShouldGoIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "oud");
        Path folder = Files.createDirectories(dir.resolve("b.csv"));
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(file, "nieuw".getBytes(StandardCharsets.UTF_8));
        files.put(folder, "nieuw".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new OutputFiles(OutputFiles.DISK).writeAll(files)).hasMessageContaining("is a folder, not a file");
        assertThat(Files.readString(file)).isEqualTo("oud");
    }
}
