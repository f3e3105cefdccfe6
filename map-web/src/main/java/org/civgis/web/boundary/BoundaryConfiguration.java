package org.civgis.web.boundary;

import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.imports.DivisionExport;
import org.civgis.boundary.imports.DivisionImport;
import org.civgis.boundary.imports.Ogr;
import org.civgis.geo.topology.CheckTolerances;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the boundary module's lines, imports and exports (the division repository migrates). */
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
