package org.civgis.testing;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database of the test cluster.
 *
 * @param name the database name
 * @param jdbcUrl its JDBC URL
 * @param user the owner of the database: an ordinary role, as the app's role is in production
 * @param password that role's password
 * @param adminUser a superuser of the test cluster, for what the app may not do
 * @param adminPassword that superuser's password, empty for the trusted throwaway cluster
 */
public record TestDatabase(
    String name,
    String jdbcUrl,
    String user,
    String password,
    String adminUser,
    String adminPassword) {

  /** A non-pooling data source for this database, as its owner (not a superuser). */
  public DataSource dataSource() {
    return dataSource(user, password);
  }

  /** A non-pooling data source for this database, as a superuser. */
  public DataSource adminDataSource() {
    return dataSource(adminUser, adminPassword);
  }

  private DataSource dataSource(String login, String secret) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl);
    dataSource.setUser(login);
    dataSource.setPassword(secret);
    return dataSource;
  }
}
