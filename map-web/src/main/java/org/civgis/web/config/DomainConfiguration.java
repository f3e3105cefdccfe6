package org.civgis.web.config;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.civgis.boundary.BoundarySchema;
import org.civgis.boundary.division.DivisionCensusRepository;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.civgis.gazetteer.demand.DemandRepository;
import org.civgis.gazetteer.facility.FacilityRepository;
import org.civgis.gazetteer.placename.AnnualUpdate;
import org.civgis.gazetteer.placename.CleanupRepository;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.sign.SignRepository;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the domain modules' repositories and migrates their schemas at start. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {
  /** The schema of this module: users, tokens, sessions, audit. */
  static final String PLATFORM_SCHEMA = "platform";

  /** Today is a date in the deployment's zone: versions are valid from calendar dates there. */
  @Bean
  Clock clock(CivgisProperties properties) {
    return Clock.system(ZoneId.of(properties.timeZone()));
  }

  /**
   * Each module migrates its own schema, in dependency order; the repositories depend on this
   * having run.
   */
  @Bean
  SchemaMigrations schemaMigrations(DataSource dataSource) {
    BoundarySchema.migrate(dataSource);
    GazetteerSchema.migrate(dataSource);
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(PLATFORM_SCHEMA)
        .createSchemas(true)
        .locations("classpath:db/migration/" + PLATFORM_SCHEMA)
        .load()
        .migrate();
    return new SchemaMigrations();
  }

  @Bean
  DivisionRepository divisionRepository(JdbcClient jdbc, SchemaMigrations migrated) {
    return new DivisionRepository(jdbc);
  }

  @Bean
  DivisionCensusRepository divisionCensusRepository(JdbcClient jdbc, SchemaMigrations migrated) {
    return new DivisionCensusRepository(jdbc);
  }

  @Bean
  PlaceNameRepository placeNameRepository(JdbcClient jdbc, SchemaMigrations migrated) {
    return new PlaceNameRepository(jdbc);
  }

  @Bean
  org.civgis.gazetteer.placename.heritage.HeritageRepository heritageRepository(
      JdbcClient jdbc, SchemaMigrations migrated) {
    return new org.civgis.gazetteer.placename.heritage.HeritageRepository(jdbc);
  }

  @Bean
  org.civgis.gazetteer.placename.archive.NameArchiveRepository nameArchiveRepository(
      JdbcClient jdbc, SchemaMigrations migrated) {
    return new org.civgis.gazetteer.placename.archive.NameArchiveRepository(jdbc);
  }

  @Bean
  org.civgis.gazetteer.placename.archive.ArchiveCatalogue archiveCatalogue(
      JdbcClient jdbc,
      PlaceNameRepository names,
      org.civgis.gazetteer.placename.archive.NameArchiveRepository archive) {
    return new org.civgis.gazetteer.placename.archive.ArchiveCatalogue(jdbc, names, archive);
  }

  @Bean
  CleanupRepository cleanupRepository(JdbcClient jdbc, SchemaMigrations migrated) {
    return new CleanupRepository(jdbc);
  }

  @Bean
  AnnualUpdate annualUpdate(JdbcClient jdbc, SchemaMigrations migrated) {
    return new AnnualUpdate(jdbc);
  }

  @Bean
  FacilityRepository facilityRepository(
      JdbcClient jdbc, JdbcTemplate template, SchemaMigrations migrated) {
    return new FacilityRepository(jdbc, template);
  }

  @Bean
  DemandRepository demandRepository(
      JdbcClient jdbc, JdbcTemplate template, SchemaMigrations migrated) {
    return new DemandRepository(jdbc, template);
  }

  @Bean
  AddressRepository addressRepository(
      JdbcClient jdbc, JdbcTemplate template, SchemaMigrations migrated) {
    return new AddressRepository(jdbc, template);
  }

  @Bean
  RegistryLoader registryLoader(
      JdbcClient jdbc, AddressRepository addresses, SchemaMigrations migrated) {
    return new RegistryLoader(jdbc, addresses);
  }

  @Bean
  SignRepository signRepository(JdbcClient jdbc, JdbcTemplate template, SchemaMigrations migrated) {
    return new SignRepository(jdbc, template);
  }

  /** Marks that the schemas are up to date. */
  static final class SchemaMigrations {}
}
