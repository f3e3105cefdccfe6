package org.civgis.web.inspection;

import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.inspection.DeskCheck;
import org.civgis.boundary.inspection.DisputeRepository;
import org.civgis.boundary.inspection.DisputeValidation;
import org.civgis.boundary.inspection.FieldRecordRepository;
import org.civgis.boundary.inspection.FindingRepository;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.PatrolRepository;
import org.civgis.boundary.inspection.PhotoUploads;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.topology.CheckTolerances;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the joint inspection (the division repository's bean migrates the schema first). */
@Configuration(proxyBeanMethods = false)
class InspectionConfiguration {
  /** The desk check runs the topology check of the prefecture. */
  static final String SCOPE = "652300000000";

  @Bean
  RoundRepository roundRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new RoundRepository(jdbc);
  }

  @Bean
  FieldRecordRepository fieldRecordRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new FieldRecordRepository(jdbc);
  }

  @Bean
  FindingRepository inspectionFindingRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new FindingRepository(jdbc);
  }

  @Bean
  DisputeRepository disputeRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new DisputeRepository(jdbc);
  }

  @Bean
  DisputeValidation disputeValidation(
      DivisionRepository divisions, BoundaryLineRepository lines, RoundRepository rounds) {
    return new DisputeValidation(divisions, lines, rounds);
  }

  @Bean
  PatrolRepository patrolRepository(JdbcClient jdbc, DivisionRepository migrated) {
    return new PatrolRepository(jdbc);
  }

  @Bean
  InspectionService inspectionService(
      RoundRepository rounds,
      FieldRecordRepository records,
      FindingRepository findings,
      BoundaryLineRepository lines,
      MarkerRepository markers) {
    return new InspectionService(rounds, records, findings, lines, markers);
  }

  @Bean
  PhotoUploads photoUploads(FieldRecordRepository records, InspectionService service) {
    return new PhotoUploads(records, service);
  }

  @Bean
  DeskCheck deskCheck(
      InspectionService service,
      RoundRepository rounds,
      FindingRepository findings,
      TopologyCheckRun topology,
      CheckRunRepository runs,
      MarkerRepository markers) {
    return new DeskCheck(
        service, rounds, findings, topology, runs, markers, SCOPE, CheckTolerances.DEFAULT);
  }
}
