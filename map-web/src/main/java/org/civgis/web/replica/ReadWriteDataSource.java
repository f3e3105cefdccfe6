package org.civgis.web.replica;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The app's data source when a replica is configured: the primary's pool, except for a statement of
 * a replica read ({@link ReadRoute}) outside any transaction, which gets a fresh enough replica
 * connection if there is one.
 *
 * <p>Implementation note: to Spring's transaction support this data source is the primary's pool
 * ({@link InfrastructureProxy}), so a connection bound to a transaction on the primary is found by
 * every {@code JdbcClient} on this data source, and a transaction always runs on the primary.
 */
final class ReadWriteDataSource implements DataSource, InfrastructureProxy {
  private final DataSource primary;
  private final ReplicaServer replica;

  ReadWriteDataSource(DataSource primary, ReplicaServer replica) {
    this.primary = primary;
    this.replica = replica;
  }

  @Override
  public Connection getConnection() throws SQLException {
    ReadRoute.Route route = ReadRoute.current();
    if (route == null
        || !route.mayUseReplica()
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return primary.getConnection();
    }
    Connection connection = replica.connectionAtLeastAt(route.floor(), route.fillsCache());
    if (connection == null) {
      route.fallBack();
      return primary.getConnection();
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return primary.getConnection(username, password);
  }

  @Override
  public Object getWrappedObject() {
    return primary;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return primary.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    primary.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    primary.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return primary.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return primary.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return primary.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || primary.isWrapperFor(type);
  }
}
