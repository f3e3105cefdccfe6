package org.civgis.data.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.civgis.boundary.BoundarySchema;
import org.civgis.boundary.boundary.BoundaryAgreement;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.LineDerivation;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCensus;
import org.civgis.boundary.division.DivisionCensusRepository;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.inspection.FieldRecordRepository;
import org.civgis.boundary.inspection.FindingRepository;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.data.DatasetSchema;
import org.civgis.data.changji.ChangjiBoundaries;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.ChangjiInspection;
import org.civgis.data.changji.ChangjiPlaceNames;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.SearchKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Loads the Changji demo dataset into a database; see the package contract. */
public final class DemoLoader {
  /** The channel on which the app's instances hear of changed features (map-web's contract). */
  static final String CHANGE_CHANNEL = "civgis_feature_changes";

  /** Serialises concurrent loaders on one database. */
  private static final long LOCK_KEY = 0x636976676973L;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final JsonMapper json = JsonMapper.builder().build();

  public DemoLoader(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Brings the schemas the dataset needs up to date. */
  public void migrate() {
    BoundarySchema.migrate(dataSource);
    GazetteerSchema.migrate(dataSource);
    DatasetSchema.migrate(dataSource);
  }

  /** The checksum of the last load of {@code dataset}, if any. */
  public Optional<String> loadedChecksum(String dataset) {
    return jdbc.sql(
            "select checksum from dataset.dataset_load where dataset = :dataset"
                + " order by id desc limit 1")
        .param("dataset", dataset)
        .query(String.class)
        .optional();
  }

  /** Writes {@code dataset} unless the same files are loaded already; migrates first. */
  public LoadReport load(ChangjiDataset dataset) {
    migrate();
    return transaction.execute(
        status -> {
          jdbc.sql("select pg_advisory_xact_lock(:key)")
              .param("key", LOCK_KEY)
              .query()
              .listOfRows();
          if (loadedChecksum(ChangjiDataset.NAME).filter(dataset.checksum()::equals).isPresent()) {
            return new LoadReport(ChangjiDataset.NAME, false, Map.of(), dataset.checksum());
          }
          DivisionRepository divisions = new DivisionRepository(jdbc);
          DivisionCensusRepository census = new DivisionCensusRepository(jdbc);
          deleteBoundaries();
          UrbanDemoWriter urban = new UrbanDemoWriter(jdbc, new JdbcTemplate(dataSource));
          urban.delete();
          jdbc.sql("delete from gazetteer.place_name where source in (:sources)")
              .param("sources", ChangjiPlaceNames.SOURCES)
              .update();
          divisions.deleteBySource(ChangjiDataset.SOURCES);
          census.deleteBySource(ChangjiDataset.SOURCES);
          for (Division division : dataset.divisions()) {
            divisions.insert(division);
          }
          for (DivisionChange change : dataset.changes()) {
            divisions.insert(change);
          }
          for (DivisionCensus figures : dataset.census()) {
            census.insert(figures);
          }
          int placeNames = insertPlaceNames(dataset);
          int[] boundaries = insertBoundaries(dataset);
          int rounds = insertInspection();
          Map<String, Integer> counts = new LinkedHashMap<>();
          counts.put("boundary.division_version", dataset.divisions().size());
          counts.put("boundary.division_change", dataset.changes().size());
          counts.put("boundary.division_census", dataset.census().size());
          counts.put("gazetteer.place_name", placeNames);
          counts.put("boundary.boundary_line", boundaries[0]);
          counts.put("boundary.boundary_marker", boundaries[1]);
          counts.putAll(urban.write(dataset.urban(), dataset.careCircle()));
          counts.merge(
              "gazetteer.place_name", counts.remove("gazetteer.place_name (roads)"), Integer::sum);
          counts.put("boundary.inspection_round", rounds);
          record(dataset, counts);
          // running app instances drop what they hold of these collections (sent on commit)
          for (String collection :
              List.of(
                  "divisions",
                  "boundary-lines",
                  "boundary-markers",
                  "place-names",
                  "addresses",
                  "signs",
                  "inspection-records",
                  "facilities",
                  "communities")) {
            jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANGE_CHANNEL)
                .param("payload", "{\"collection\":\"" + collection + "\",\"bbox\":null}")
                .query()
                .listOfRows();
          }
          return new LoadReport(ChangjiDataset.NAME, true, counts, dataset.checksum());
        });
  }

  /**
   * Removes the demo lines (with every later version of the same lines: a demo reload starts them
   * afresh), markers and agreements.
   */
  private void deleteBoundaries() {
    List<String> source = List.of(ChangjiBoundaries.SOURCE);
    new RoundRepository(jdbc).deleteBySource(ChangjiInspection.SOURCE);
    new MarkerRepository(jdbc).deleteBySource(source);
    jdbc.sql(
            "delete from boundary.boundary_line where line_code in"
                + " (select line_code from boundary.boundary_line where source in (:sources))")
        .param("sources", source)
        .update();
    new BoundaryLineRepository(jdbc).deleteBySource(source);
  }

  /** The derived lines with their placeholder agreements, and the generated markers. */
  private int[] insertBoundaries(ChangjiDataset dataset) {
    BoundaryLineRepository lines = new BoundaryLineRepository(jdbc);
    MarkerRepository markers = new MarkerRepository(jdbc);
    Map<String, String> names = ChangjiBoundaries.names(dataset);
    int lineCount = 0;
    int markerCount = 0;
    for (LineDerivation.DerivedLine derived : ChangjiBoundaries.derivedLines(dataset)) {
      BoundaryAgreement agreement = lines.insert(ChangjiBoundaries.agreement(derived, names));
      BoundaryLine line = lines.insert(ChangjiBoundaries.line(derived, agreement.id()));
      lineCount++;
      for (BoundaryMarker marker : ChangjiBoundaries.markers(line)) {
        BoundaryMarker stored = markers.insert(marker);
        markers.recordCondition(
            stored.id(),
            stored.condition(),
            ChangjiBoundaries.CONDITION_OBSERVED,
            "演示数据：生成的状态记录",
            "demo");
        markerCount++;
      }
    }
    return new int[] {lineCount, markerCount};
  }

  /** The generated demo inspection round, when its line is among the demo lines. */
  private int insertInspection() {
    BoundaryLineRepository lines = new BoundaryLineRepository(jdbc);
    if (lines.current(ChangjiInspection.round().plannedStart()).stream()
        .noneMatch(l -> l.lineCode().equals(ChangjiInspection.LINE))) {
      return 0;
    }
    RoundRepository rounds = new RoundRepository(jdbc);
    MarkerRepository markers = new MarkerRepository(jdbc);
    FindingRepository findings = new FindingRepository(jdbc);
    InspectionService service =
        new InspectionService(rounds, new FieldRecordRepository(jdbc), findings, lines, markers);
    ChangjiInspection.load(service, rounds, markers);
    return 1;
  }

  /** The demo place names, predecessors first so that successors can point at them. */
  private int insertPlaceNames(ChangjiDataset dataset) {
    PlaceNameRepository names = new PlaceNameRepository(jdbc);
    List<ChangjiPlaceNames.Entry> entries = ChangjiPlaceNames.of(dataset);
    long[] ids = new long[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      ChangjiPlaceNames.Entry entry = entries.get(i);
      PlaceName name = entry.name();
      if (entry.supersedes() >= 0) {
        name = name.withSupersedes(ids[entry.supersedes()]);
      }
      ids[i] =
          names
              .insert(name, SearchKeys.of(name.text().standardName(), name.text().romanization()))
              .id();
    }
    return entries.size();
  }

  private void record(ChangjiDataset dataset, Map<String, Integer> counts) {
    List<Map<String, String>> files =
        dataset.fileChecksums().entrySet().stream()
            .map(file -> Map.of("name", file.getKey(), "sha256", file.getValue()))
            .toList();
    jdbc.sql(
            """
            insert into dataset.dataset_load (dataset, checksum, files, counts)
            values (:dataset, :checksum, cast(:files as jsonb), cast(:counts as jsonb))
            """)
        .param("dataset", ChangjiDataset.NAME)
        .param("checksum", dataset.checksum())
        .param("files", json.writeValueAsString(files))
        .param("counts", json.writeValueAsString(counts))
        .update();
  }
}
