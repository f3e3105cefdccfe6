package org.civgis.data;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema of this module ({@value #NAME}): the record of what the loader has loaded. */
public final class DatasetSchema {
  public static final String NAME = "dataset";

  private DatasetSchema() {}

  /** Brings the schema up to date; safe to call on every load. */
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
