package org.civgis.boundary;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database schema this module owns ({@value #NAME}) and its Flyway migrations.
 *
 * <p>Each module migrates its own schema with its own history table, so that modules add migrations
 * without coordinating version numbers.
 */
public final class BoundarySchema {
  /** The schema name. */
  public static final String NAME = "boundary";

  private BoundarySchema() {}

  /** Brings the schema up to date; safe to call on every start. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(NAME)
        .createSchemas(true)
        .locations("classpath:db/migration/" + NAME)
        .load()
        .migrate();
  }
}
