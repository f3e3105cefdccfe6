package org.civgis.gazetteer;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The database schema this module owns ({@value #NAME}) and its Flyway migrations. */
public final class GazetteerSchema {
  public static final String NAME = "gazetteer";

  private GazetteerSchema() {}

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
