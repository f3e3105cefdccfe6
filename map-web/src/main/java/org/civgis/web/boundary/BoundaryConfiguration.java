package org.civgis.web.boundary;

import java.time.Clock;
import java.util.List;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.boundary.SharedBorderEdit;
import org.civgis.boundary.change.ChangeImpactSource;
import org.civgis.boundary.change.DivisionChangeService;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.edit.DivisionEdits;
import org.civgis.boundary.edit.EditJournal;
import org.civgis.boundary.imports.DivisionExport;
import org.civgis.boundary.imports.DivisionImport;
import org.civgis.boundary.imports.Ogr;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.web.config.CivgisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the boundary module: lines, markers, check runs, imports and exports (the division
 * repository's bean has migrated the schema).
 */
@Configuration(proxyBeanMethods = false)
class BoundaryConfiguration {

  @Bean
  BoundaryLineRepository boundaryLineRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new BoundaryLineRepository(jdbc);
  }

  @Bean
  BoundaryLines boundaryLines(DivisionRepository divisions, BoundaryLineRepository lines) {
    return new BoundaryLines(divisions, lines);
  }

  @Bean
  SharedBorderEdit sharedBorderEdit(
      DivisionRepository divisions, BoundaryLineRepository lines, BoundaryLines boundaryLines) {
    return new SharedBorderEdit(divisions, lines, boundaryLines);
  }

  @Bean
  DivisionChangeService divisionChangeService(
      JdbcClient jdbc,
      DivisionRepository divisions,
      BoundaryLineRepository lines,
      MarkerRepository markers,
      List<ChangeImpactSource> sources,
      CivgisProperties properties) {
    return new DivisionChangeService(
        jdbc, divisions, lines, markers, sources, properties.homeDivision());
  }

  /** The one path of every division write (see the domain's package contract). */
  @Bean
  DivisionEdits divisionEdits(
      DivisionRepository divisions,
      BoundaryLineRepository lineRepository,
      BoundaryLines lines,
      SharedBorderEdit borders,
      DivisionChangeService changes,
      EditJournal journal,
      TransactionTemplate transaction,
      Clock clock) {
    return new DivisionEdits(
        divisions, lineRepository, lines, borders, changes, journal, transaction, clock);
  }

  @Bean
  MarkerRepository markerRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new MarkerRepository(jdbc);
  }

  @Bean
  CheckRunRepository checkRunRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new CheckRunRepository(jdbc);
  }

  @Bean
  TopologyCheckRun topologyCheckRun(
      DivisionRepository divisions,
      BoundaryLineRepository lines,
      MarkerRepository markers,
      CheckRunRepository runs) {
    return new TopologyCheckRun(divisions, lines, markers, runs);
  }

  @Bean
  Ogr ogr() {
    return new Ogr();
  }

  @Bean
  DivisionImport divisionImport(
      JdbcClient jdbc, DivisionRepository divisions, BoundaryLines lines, Ogr ogr) {
    return new DivisionImport(jdbc, divisions, lines, ogr, CheckTolerances.DEFAULT);
  }

  @Bean
  DivisionExport divisionExport(Ogr ogr) {
    return new DivisionExport(ogr);
  }
}
