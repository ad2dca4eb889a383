package nl.sociaaldomein.atelier.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection; may throw what JDBC throws. */
@FunctionalInterface
interface SqlWork<T> {

    T apply(Connection connection) throws SQLException;
}
