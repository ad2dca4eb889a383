package nl.sociaaldomein.atelier.examples.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.PostgresOptions;
import nl.sociaaldomein.atelier.store.jdbc.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the app keeps its ledgers: {@code --store FILE} (an SQLite file, created on first use) or
 * {@code --store jdbc:postgresql://host:5432/db} (the user and password from the URL, or from
 * {@value #USER} and {@value #PASSWORD}), and which ledger in it ({@code --ledger NAME}, one
 * journal of the store). A store that cannot be opened is refused with what is wrong and where
 * (exit 1), never a stack trace.
 */
final class StoreOptions {

    static final String USER = "ATELIER_STORE_USER";
    static final String PASSWORD = "ATELIER_STORE_PASSWORD";
    static final String DEFAULT_LEDGER = "ledger";

    /** The environment the credentials come from; tests give their own. */
    static Map<String, String> environment = System.getenv();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "FILE|URL",
        description = "The store that keeps the ledger: an SQLite file (created when missing) or a jdbc:postgresql:// URL "
            + "(user and password in the URL, or in " + USER + " and " + PASSWORD + ").")
    String store;

    @Option(names = "--ledger", paramLabel = "NAME", defaultValue = DEFAULT_LEDGER,
        description = "Which ledger of the store (default: ${DEFAULT-VALUE}); one store may keep several.")
    String ledger;

    boolean given() {
        return store != null;
    }

    /** The store, which the command needs: a usage error (exit 2) when {@code --store} is missing or empty. */
    String required() {
        if (store == null) {
            throw new ParameterException(spec.commandLine(), "name the store with --store FILE (SQLite) or --store jdbc:postgresql://HOST/DB");
        }
        check();
        return store;
    }

    /** Checks the values before any work: an empty store or ledger name is a usage error. */
    void check() {
        if (store != null && store.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--store needs a file or a jdbc:postgresql:// URL");
        }
        if (ledger.isBlank() || ledger.length() > 200 || ledger.chars().anyMatch(Character::isISOControl)) {
            throw new ParameterException(spec.commandLine(), "--ledger needs a name of 1 to 200 characters without control characters");
        }
        if (ledger.startsWith("round:") || ledger.startsWith("experiment:")) {
            // Names the round and experiment commands will keep their events under.
            throw new ParameterException(spec.commandLine(), "--ledger '" + ledger + "': names starting with round: or experiment: are "
                + "kept for rounds and experiments");
        }
    }

    String ledger() {
        return ledger;
    }

    /** The SQLite file, when the store is one. */
    Optional<Path> file() {
        if (store == null || store.isBlank() || store.startsWith("jdbc:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(store));
        } catch (InvalidPathException notAPath) {
            return Optional.empty(); // opening it says why
        }
    }

    /**
     * The store as a public report may name it: an SQLite file by its name alone (a path can name a
     * person's home folder), a PostgreSQL database by its name alone (no host, user or password).
     */
    String publicName() {
        String location = required();
        if (PostgresOptions.isUrl(location)) {
            String path = location.replaceFirst("^jdbc:postgresql:(//[^/]*)?/?", "");
            int end = path.indexOf('?');
            String database = end < 0 ? path : path.substring(0, end);
            return "PostgreSQL" + (database.isBlank() ? "" : " " + database);
        }
        return file().map(Path::getFileName).map(Path::toString).orElse(location);
    }

    /**
     * Opens a store that must exist already (to show, verify, post to or export): an SQLite file
     * that is not there is refused rather than created.
     */
    JournalStore openExisting() {
        Optional<Path> sqlite = file();
        if (sqlite.isPresent() && !Files.exists(sqlite.get())) {
            throw new BadInputException("atelier: " + store + ": no such store; a round posted with 'atelier replay SCENARIO --store "
                + store + "' or 'atelier run FILE --profile ID --store " + store + "' creates it, and so do 'atelier round open' and "
                + "'atelier experiment register'");
        }
        return open();
    }

    /** Opens the store; what is wrong with it (unreachable, locked, not an Atelier store, too new) is the user's to fix. */
    JournalStore open() {
        String location = required();
        try {
            if (PostgresOptions.isUrl(location)) {
                PostgresOptions options = PostgresOptions.of(location).withPoolSize(2);
                String user = environment.get(USER);
                if (user != null && !user.isBlank()) {
                    options = options.withUser(user, environment.get(PASSWORD));
                }
                return JournalStore.postgres(options);
            }
            return JournalStore.open(location);
        } catch (StoreException | IllegalArgumentException e) {
            throw new BadInputException("atelier: " + e.getMessage());
        }
    }
}
