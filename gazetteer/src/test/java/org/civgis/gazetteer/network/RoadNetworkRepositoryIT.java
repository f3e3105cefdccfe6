package org.civgis.gazetteer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.osm.ImportedNetwork;
import org.civgis.geo.network.osm.WalkingNetworkReader;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoadNetworkRepositoryIT {
  private RoadNetworkRepository networks;
  private JdbcClient jdbc;
  private ImportedNetwork bayreuth;
  private long bayreuthId;

  @BeforeAll
  void importBayreuth(TestDatabase database) {
    GazetteerSchema.migrate(database.dataSource());
    networks = new RoadNetworkRepository(database.dataSource());
    jdbc = JdbcClient.create(database.dataSource());
    bayreuth = WalkingNetworkReader.read(OsmExtracts.file("north-bayreuth.osm.gz"));
    bayreuthId = networks.save("north-bayreuth", "north-bayreuth.osm.gz", bayreuth);
  }

  @Test
  void theLoadedNetworkEqualsTheImportedOne() {
    RoadNetwork original = bayreuth.network();
    // the graph value and the rows each give the network back
    for (RoadNetwork loaded : List.of(networks.load(bayreuthId), networks.loadRows(bayreuthId))) {
      assertThat(loaded.nodeCount()).isEqualTo(original.nodeCount()).isPositive();
      assertThat(loaded.edgeCount()).isEqualTo(original.edgeCount()).isPositive();
      assertThat(loaded.memoryBytes()).isEqualTo(original.memoryBytes());
      for (int n = 0; n < original.nodeCount(); n++) {
        assertThat(loaded.nodeLon(n)).isEqualTo(original.nodeLon(n));
        assertThat(loaded.nodeLat(n)).isEqualTo(original.nodeLat(n));
      }
      for (int e = 0; e < original.edgeCount(); e++) {
        assertThat(loaded.edgeSource(e)).isEqualTo(original.edgeSource(e));
        assertThat(loaded.edgeTarget(e)).isEqualTo(original.edgeTarget(e));
        assertThat(loaded.edgeLengthMeters(e)).isEqualTo(original.edgeLengthMeters(e));
        assertThat(loaded.forward(e)).isEqualTo(original.forward(e));
        assertThat(loaded.backward(e)).isEqualTo(original.backward(e));
        assertThat(loaded.edgeShape(e)).containsExactly(original.edgeShape(e));
      }
    }
    assertThat(networks.findByName("north-bayreuth"))
        .get()
        .extracting(StoredNetwork::edgeCount)
        .isEqualTo(original.edgeCount());
  }

  @Test
  void storedRowsArePgRoutingColumnsWithGroundLengths() {
    Map<String, Object> row =
        jdbc.sql(
                """
                select count(*) as edges,
                       count(*) filter (where cost <> length_m or reverse_cost <> length_m) as oneway,
                       max(abs(length_m - ST_Length(geom::geography)) / greatest(length_m, 1))
                         as worst_relative,
                       max(abs(length_m - ST_Length(geom::geography))) as worst_meters,
                       count(*) filter (where ST_SRID(geom) <> 4490) as wrong_srid
                from gazetteer.network_edge where network_id = :id
                """)
            .param("id", bayreuthId)
            .query()
            .singleRow();
    assertThat(((Number) row.get("edges")).intValue()).isEqualTo(bayreuth.network().edgeCount());
    assertThat(((Number) row.get("wrong_srid")).intValue()).isZero();
    // our ground length against PostGIS's geodesic length on the spheroid
    assertThat(((Number) row.get("worst_relative")).doubleValue()).isLessThan(1e-5);
    assertThat(((Number) row.get("worst_meters")).doubleValue()).isLessThan(0.01);
    // every edge end is a node of the network, the one it names
    Integer misplaced =
        jdbc.sql(
                """
                select count(*) from gazetteer.network_edge e
                left join gazetteer.network_node s
                  on s.network_id = e.network_id and s.id = e.source
                left join gazetteer.network_node t
                  on t.network_id = e.network_id and t.id = e.target
                where e.network_id = :id
                  and (s.id is null or t.id is null
                       or not ST_Equals(ST_StartPoint(e.geom), s.geom)
                       or not ST_Equals(ST_EndPoint(e.geom), t.geom))
                """)
            .param("id", bayreuthId)
            .query(Integer.class)
            .single();
    assertThat(misplaced).isZero();
  }

  @Test
  void aFailedSaveLeavesNothing() {
    int before = networks.list().size();
    long nodes = jdbc.sql("select count(*) from gazetteer.network_node").query(Long.class).single();
    assertThatThrownBy(() -> networks.save("north-bayreuth", "again", bayreuth))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(networks.list()).hasSize(before);
    assertThat(jdbc.sql("select count(*) from gazetteer.network_node").query(Long.class).single())
        .isEqualTo(nodes);
  }

  @Test
  void deletingANetworkRemovesItsRows() {
    long id =
        networks.save(
            "tiny",
            "test",
            WalkingNetworkReader.read(OsmExtracts.file("north-bayreuth.osm.gz")).network(),
            RoadNetworkRepository.Provenance.NONE);
    assertThat(networks.delete(id)).isTrue();
    assertThat(
            jdbc.sql("select count(*) from gazetteer.network_edge where network_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(networks.find(id)).isEmpty();
  }

  @Test
  void thePbfReaderCountsWhatAnIndependentReaderCounts() {
    // osmosis-osm-binary 0.48.3 (generated protobuf classes) reads 2,725 ways in andorra.osm.pbf
    ImportedNetwork andorra = WalkingNetworkReader.read(OsmExtracts.file("andorra.osm.pbf"));
    assertThat(andorra.ways()).isEqualTo(2725);
    assertThat(andorra.network().edgeCount()).isGreaterThan(andorra.walkableWays());
    assertThat(andorra.missingNodeRefs()).isZero();
    assertThat(List.of(andorra.edgeHighways())).contains("footway", "residential", "steps");
    assertThat(andorra.network().edgeLengthMeters(0))
        .isCloseTo(andorra.network().edgeLengthMeters(0), within(0.0));
  }
}
