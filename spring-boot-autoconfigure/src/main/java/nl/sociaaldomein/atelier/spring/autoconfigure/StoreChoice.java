package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.StoreException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * {@code atelier.store}: an SQLite file, a PostgreSQL URL, or {@code datasource} for the
 * application's own pool. A store that does not open stops the application at start, naming the
 * property and why (a URL is shown without its password).
 */
final class StoreChoice {

    private StoreChoice() {
    }

    static JournalStore open(String store, Supplier<DataSource> applicationDataSource) {
        String location = store == null || store.isBlank() ? AtelierProperties.DEFAULT_STORE : store.strip();
        if (location.equals(AtelierProperties.DATA_SOURCE)) {
            DataSource dataSource = applicationDataSource.get();
            if (dataSource == null) {
                throw new InvalidConfigurationPropertyValueException("atelier.store", store,
                    "the application has no single DataSource bean to keep the journals in; configure spring.datasource.* "
                        + "(PostgreSQL), or give atelier.store a jdbc:postgresql: URL or the path of an SQLite file");
            }
            return JournalStore.postgres(dataSource, "the application's data source");
        }
        try {
            return JournalStore.open(location);
        } catch (StoreException e) {
            throw new InvalidConfigurationPropertyValueException("atelier.store", redacted(location), e.getMessage());
        }
    }

    /** A URL's password never reaches a message. */
    private static String redacted(String location) {
        return location.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]*):[^@/]*@", "//$1:***@");
    }
}
