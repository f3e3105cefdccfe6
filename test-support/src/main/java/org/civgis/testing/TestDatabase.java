package org.civgis.testing;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database of the test cluster.
 *
 * @param name the database name
 * @param jdbcUrl its JDBC URL
 * @param user a superuser of the test cluster
 * @param password that user's password, empty for the trusted throwaway cluster
 */
public record TestDatabase(String name, String jdbcUrl, String user, String password) {

  /** A non-pooling data source for this database. */
  public DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }
}
