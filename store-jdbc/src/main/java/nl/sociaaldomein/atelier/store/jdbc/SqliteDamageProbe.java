package nl.sociaaldomein.atelier.store.jdbc;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.journal.JournalDamage;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import org.sqlite.SQLiteConfig;

/**
 * Finds where a damaged SQLite store stops being readable, so that the refusal names the first
 * bad position. A file cut short (a failed copy, a full disk) is refused by SQLite as a whole,
 * because its header promises more pages than the file has; a copy whose header is corrected to
 * the pages that are there can be read up to the first record on a missing page. Only the
 * temporary copy is changed, and it is removed afterwards: the store itself is never repaired.
 */
final class SqliteDamageProbe {

    private SqliteDamageProbe() {
    }

    /** The refusal for {@code file}, which SQLite reported as damaged ({@code cause}). */
    static JournalDamagedException refusal(Path file, SQLException cause) {
        JournalDamage damage;
        Path copy = null;
        try {
            copy = Files.createTempFile("atelier-damaged-", ".db");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Path wal = Path.of(file + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, Path.of(copy + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            correctPageCount(copy);
            damage = firstDamage(copy);
        } catch (IOException | SQLException | RuntimeException e) {
            damage = new JournalDamage(1, "no record can be read (" + cause.getMessage() + ")");
        } finally {
            if (copy != null) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    try {
                        Files.deleteIfExists(Path.of(copy + suffix));
                    } catch (IOException e) {
                        // a temporary file left behind is harmless
                    }
                }
            }
        }
        return new JournalDamagedException(new JournalDamage(damage.position(), damage.message()
            + " (the SQLite file " + file + " is damaged and was left as it is; restore it from a backup)"));
    }

    /** Sets the header's page count (offset 28) to the pages the file really has. */
    private static void correctPageCount(Path copy) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
            file.seek(16);
            int pageSize = file.readUnsignedShort();
            pageSize = pageSize == 1 ? 65536 : pageSize;
            if (pageSize < 512) {
                throw new IOException("no valid page size in the header");
            }
            file.seek(28);
            file.writeInt((int) (file.length() / pageSize));
        }
    }

    private static JournalDamage firstDamage(Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + copy)) {
            List<String> streams = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT DISTINCT stream FROM atelier_journal")) {
                while (rows.next()) {
                    streams.add(rows.getString(1));
                }
            } catch (SQLException e) {
                streams.add("ledger"); // the list itself is damaged: walk the usual journal as far as it goes
            }
            streams.sort(String::compareTo);
            try (SqliteEngine engine = SqliteEngine.inspecting(copy, connection)) {
                for (String stream : streams) {
                    Optional<JournalDamage> damage = new JdbcJournal(null, engine, stream, false).verify();
                    if (damage.isPresent()) {
                        return new JournalDamage(damage.get().position(), "journal '" + stream + "': "
                            + damage.get().message());
                    }
                }
            }
            return new JournalDamage(1, "the records can be read but the file's structure cannot");
        }
    }
}
