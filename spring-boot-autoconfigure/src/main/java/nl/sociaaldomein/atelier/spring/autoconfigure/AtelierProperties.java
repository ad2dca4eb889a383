package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.store.jdbc.OpenCheck;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code atelier.*} properties.
 *
 * @param profile the municipality profile's id, e.g. {@code groningen} (see {@code Atelier.profileIds()})
 * @param store   where journals are kept: the path of an SQLite file (created when missing), a
 *                {@code jdbc:postgresql:} URL, or {@code datasource} for the application's own
 *                {@link javax.sql.DataSource} (PostgreSQL); by default {@code atelier.db} in the working directory
 * @param ledger  the name of the ledger's journal in the store
 * @param check   how much of each journal's hash chain is verified when it is opened at start
 *                ({@code whole-chain}, the default, or {@code tail} for very large journals)
 */
@ConfigurationProperties("atelier")
public record AtelierProperties(
    String profile,
    @DefaultValue(AtelierProperties.DEFAULT_STORE) String store,
    @DefaultValue("ledger") String ledger,
    @DefaultValue("whole-chain") OpenCheck check) {

    /** The SQLite file used when {@code atelier.store} is not set, relative to the working directory. */
    public static final String DEFAULT_STORE = "atelier.db";

    /** The value of {@code atelier.store} that means "the application's DataSource". */
    public static final String DATA_SOURCE = "datasource";
}
