package org.civgis.web.replica;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.util.StringUtils;

/**
 * The primary's pool, the replica's pool and the data source that routes between them, when {@code
 * civgis.db.read-url} is set; without it Spring Boot's single data source stays as it is.
 *
 * <p>Settings: {@code civgis.db.read-url} (a JDBC URL; several standbys as one pgJDBC multi-host
 * URL), {@code read-user}, {@code read-password} (default: the primary's), {@code read-wait} (how
 * long a read waits for a lagging replica, 200 ms), {@code read-retry-after} (how long a replica
 * that could not be reached is left alone, 10 s), {@code read-connection-timeout} (1 s) and {@code
 * read-diagnostics}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadReplicaConfiguration.ReadUrlSet.class)
class ReadReplicaConfiguration {

  /** Whether {@code civgis.db.read-url} has a value. */
  static final class ReadUrlSet implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("civgis.db.read-url"));
    }
  }

  /** The primary's pool, set up from {@code spring.datasource} as Spring Boot would. */
  @Bean(defaultCandidate = false)
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource primaryPool(DataSourceProperties properties) {
    return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
  }

  /** The replica's pool: read-only sessions, and an app that starts while the replica is away. */
  @Bean(defaultCandidate = false)
  HikariDataSource replicaPool(
      DataSourceProperties primary,
      @Value("${civgis.db.read-url}") String url,
      @Value("${civgis.db.read-user:}") String user,
      @Value("${civgis.db.read-password:}") String password,
      @Value("${civgis.db.read-connection-timeout:PT1S}") Duration connectionTimeout,
      @Value("${spring.datasource.hikari.maximum-pool-size:16}") int maximumPoolSize) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("civgis-replica");
    pool.setJdbcUrl(url);
    pool.setUsername(StringUtils.hasText(user) ? user : primary.getUsername());
    pool.setPassword(StringUtils.hasText(user) ? password : primary.getPassword());
    pool.setReadOnly(true);
    // read-only also in auto-commit: a write routed here by mistake fails instead of landing
    pool.addDataSourceProperty("readOnlyMode", "always");
    pool.setConnectionTimeout(connectionTimeout.toMillis());
    pool.setMaximumPoolSize(maximumPoolSize);
    pool.setMinimumIdle(0);
    pool.setInitializationFailTimeout(-1);
    return pool;
  }

  @Bean
  ReplicaServer replicaServer(
      @Qualifier("replicaPool") HikariDataSource replicaPool,
      @Qualifier("primaryPool") HikariDataSource primaryPool,
      @Value("${civgis.db.read-wait:PT0.2S}") Duration wait,
      @Value("${civgis.db.read-retry-after:PT10S}") Duration retryAfter,
      MeterRegistry meters) {
    return new ReplicaServer(replicaPool, primaryPool, wait, retryAfter, meters);
  }

  @Bean
  @Primary
  DataSource dataSource(
      @Qualifier("primaryPool") HikariDataSource primaryPool, ReplicaServer replicaServer) {
    return new ReadWriteDataSource(primaryPool, replicaServer);
  }

  /** Transactions on the primary's pool: a write transaction never reaches the replica. */
  @Bean
  JdbcTransactionManager transactionManager(
      @Qualifier("primaryPool") HikariDataSource primaryPool) {
    return new JdbcTransactionManager(primaryPool);
  }

  @Bean
  WritePositions writePositions(@Qualifier("primaryPool") HikariDataSource primaryPool) {
    return new WritePositions(primaryPool);
  }

  @Bean
  ReplicaFloor replicaFloor(ReplicaServer replicaServer) {
    return new ReplicaFloor(replicaServer);
  }

  /** After Spring Security's filters (order -100): the user is known. */
  @Bean
  FilterRegistrationBean<ReplicaReadFilter> replicaReadFilter(
      WritePositions writePositions,
      DataSource dataSource,
      @Value("${civgis.db.read-diagnostics:false}") boolean diagnostics) {
    FilterRegistrationBean<ReplicaReadFilter> registration =
        new FilterRegistrationBean<>(
            new ReplicaReadFilter(writePositions, JdbcClient.create(dataSource), diagnostics));
    registration.setOrder(0);
    return registration;
  }
}
