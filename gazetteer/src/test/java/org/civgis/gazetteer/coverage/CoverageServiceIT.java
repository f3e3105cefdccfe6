package org.civgis.gazetteer.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.network.RoadNetworkRepository;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.TimeMap;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;
import org.civgis.geo.network.osm.WalkingNetworkReader;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** The coverage service on the north-Bayreuth network imported by the project. */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageServiceIT {
  private CoverageService service;
  private long networkId;
  private RoadNetwork network;

  @BeforeAll
  void importNetwork(TestDatabase database) {
    GazetteerSchema.migrate(database.dataSource());
    RoadNetworkRepository networks = new RoadNetworkRepository(database.dataSource());
    networkId =
        networks.save(
            "north-bayreuth",
            "north-bayreuth.osm.gz",
            WalkingNetworkReader.read(
                org.civgis.gazetteer.network.OsmExtracts.file("north-bayreuth.osm.gz")));
    service = new CoverageService(database.dataSource());
    network = service.network(networkId);
  }

  /** Demand halfway along a long two-way edge whose one end holds the facility. */
  @Test
  void aPointInTheMiddleOfAnEdgeIsCoveredIffReachableAlongIt() {
    int edge = longestTwoWayEdge();
    double length = network.edgeLengthMeters(edge);
    int source = network.edgeSource(edge);
    double[] middle = pointAt(edge, 0.5);
    FacilitySite facility = FacilitySite.of("f", network.nodeLon(source), network.nodeLat(source));
    DemandPoint demand = new DemandPoint("d", middle[0], middle[1], 10);
    // the walk to it is at most the part of the edge before it (less if a shorter way exists)
    double fraction = network.snap(middle[0], middle[1], 5).fraction();
    assertThat(fraction).isBetween(0.2, 0.8);
    double alongEdgeMinutes = fraction * length / 60;
    CoverageReport generous = coverage(facility, demand, alongEdgeMinutes + 1e-6);
    CoverageReport.DemandResult row = generous.demand().get(0);
    assertThat(row.covered()).as("%s, edge %d of %.1f m", row, edge, length).isTrue();
    assertThat(row.nearestFacilityId()).isEqualTo("f");
    double minutes = row.walkMinutes();
    assertThat(minutes).isLessThanOrEqualTo(alongEdgeMinutes + 1e-9);

    CoverageReport enough = coverage(facility, demand, minutes + 1e-9);
    assertThat(enough.demand().get(0).covered()).isTrue();
    assertThat(enough.demand().get(0).walkMinutes()).isEqualTo(minutes);
    CoverageReport tooShort = coverage(facility, demand, minutes - 1e-6);
    assertThat(tooShort.demand().get(0).covered()).isFalse();
    assertThat(tooShort.demand().get(0).walkMinutes()).isInfinite();
    assertThat(tooShort.coveredWeight()).isZero();
    assertThat(enough.coveredWeight()).isEqualTo(10);
  }

  @Test
  void coverageGivesTimesScoresIsochroneAndTimeMap() {
    List<FacilitySite> facilities = new ArrayList<>();
    for (int n = 0; n < network.nodeCount(); n += network.nodeCount() / 6) {
      facilities.add(new FacilitySite("f" + n, network.nodeLon(n), network.nodeLat(n), 30));
    }
    List<DemandPoint> demand = new ArrayList<>();
    for (int e = 0; e < network.edgeCount(); e += 7) {
      double[] p = pointAt(e, 0.3);
      demand.add(new DemandPoint("d" + e, p[0] + 0.0001, p[1], 5));
    }
    CoverageOptions options = CoverageOptions.defaults().withMinutes(10).elderly();
    CoverageReport report =
        service.coverage(new CoverageRequest(networkId, facilities, demand, options, 25));

    assertThat(report.demand()).hasSize(demand.size());
    assertThat(report.e2sfcaComputed()).isTrue();
    int covered = 0;
    GeometryFactory factory = new GeometryFactory();
    for (int i = 0; i < demand.size(); i++) {
      CoverageReport.DemandResult row = report.demand().get(i);
      assertThat(row.id()).isEqualTo(demand.get(i).id());
      if (row.covered()) {
        covered++;
        assertThat(row.walkMinutes()).isLessThanOrEqualTo(10);
        assertThat(row.nearestFacilityId()).startsWith("f");
        assertThat(row.e2sfca()).isPositive();
        // a covered point lies inside the isochrone drawn around reached streets
        assertThat(
                report
                    .isochrone()
                    .covers(
                        factory.createPoint(
                            new Coordinate(demand.get(i).lon(), demand.get(i).lat()))))
            .as(row.id())
            .isTrue();
      } else {
        assertThat(row.e2sfca()).isZero();
      }
    }
    assertThat(covered).isPositive().isLessThan(demand.size());
    assertThat(report.coveredWeight()).isEqualTo(5.0 * covered);
    assertThat(report.isochrone().getSRID()).isEqualTo(4490);
    assertThat(report.timeMap()).isNotEmpty();
    for (TimeMap.Segment segment : report.timeMap()) {
      assertThat(segment.fromMinutes()).isBetween(0.0, 10.0 + 1e-9);
      assertThat(segment.toMinutes()).isBetween(0.0, 10.0 + 1e-9);
    }
  }

  @Test
  void sitingChoosesSitesThatCoverUncoveredDemand() {
    List<FacilitySite> existing =
        List.of(FacilitySite.of("old", network.nodeLon(0), network.nodeLat(0)));
    List<DemandPoint> demand = new ArrayList<>();
    for (int e = 0; e < network.edgeCount(); e += 5) {
      double[] p = pointAt(e, 0.5);
      demand.add(new DemandPoint("d" + e, p[0], p[1], 1 + e % 4));
    }
    SitingOutcome outcome =
        service.siting(
            new SitingRequest(
                networkId,
                existing,
                null,
                demand,
                CoverageOptions.defaults().withMinutes(5),
                3,
                Double.NaN,
                Duration.ofSeconds(5),
                600));
    assertThat(outcome.candidates()).isNotEmpty();
    assertThat(outcome.greedySites()).hasSizeBetween(1, 3);
    assertThat(outcome.exactNewlyCovered())
        .isGreaterThanOrEqualTo(outcome.greedyNewlyCovered() - 1e-9);
    assertThat(outcome.upperBound()).isGreaterThanOrEqualTo(outcome.exactNewlyCovered() - 1e-9);
    assertThat(outcome.gap()).isBetween(0.0, 1.0);
    if (outcome.exactOptimal()) {
      // greedy's guarantee for maximum coverage: at least 1 − 1/e of the optimum
      assertThat(outcome.upperBound()).isCloseTo(outcome.exactNewlyCovered(), within(1e-6));
      assertThat(outcome.greedyNewlyCovered())
          .isGreaterThanOrEqualTo((1 - 1 / Math.E) * outcome.exactNewlyCovered());
    }
    // the chosen sites, added to the existing one, cover what the outcome says they newly cover
    List<FacilitySite> after = new ArrayList<>(existing);
    after.addAll(outcome.bestSites());
    CoverageReport before =
        service.coverage(
            new CoverageRequest(
                networkId, existing, demand, CoverageOptions.defaults().withMinutes(5), 0));
    CoverageReport afterReport =
        service.coverage(
            new CoverageRequest(
                networkId, after, demand, CoverageOptions.defaults().withMinutes(5), 0));
    assertThat(before.coveredWeight()).isEqualTo(outcome.coveredBefore());
    assertThat(afterReport.coveredWeight() - before.coveredWeight())
        .isCloseTo(
            Math.max(outcome.exactNewlyCovered(), outcome.greedyNewlyCovered()), within(1e-6));
  }

  private CoverageReport coverage(FacilitySite facility, DemandPoint demand, double minutes) {
    return service.coverage(
        new CoverageRequest(
            networkId,
            List.of(facility),
            List.of(demand),
            new CoverageOptions(minutes, 1.0, 5),
            25));
  }

  private int longestTwoWayEdge() {
    int best = -1;
    for (int e = 0; e < network.edgeCount(); e++) {
      if (network.forward(e)
          && network.backward(e)
          && network.edgeSource(e) != network.edgeTarget(e)
          && (best < 0 || network.edgeLengthMeters(e) > network.edgeLengthMeters(best))) {
        best = e;
      }
    }
    return best;
  }

  /** The point at a fraction of an edge's length (along its shape). */
  private double[] pointAt(int edge, double fraction) {
    LineString line = network.edgeGeometry(edge);
    var indexed = new org.locationtech.jts.linearref.LengthIndexedLine(line);
    Coordinate c = indexed.extractPoint(fraction * line.getLength());
    return new double[] {c.x, c.y};
  }
}
