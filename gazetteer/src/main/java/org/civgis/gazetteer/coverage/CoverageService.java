package org.civgis.gazetteer.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.civgis.gazetteer.network.RoadNetworkRepository;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.TimeMap;
import org.civgis.geo.network.accessibility.E2sfca;
import org.civgis.geo.network.coverage.CoverageAnalysis;
import org.civgis.geo.network.coverage.CoverageResult;
import org.civgis.geo.network.coverage.DemandCoverage;
import org.civgis.geo.network.coverage.FacilitySite;
import org.civgis.geo.network.siting.SitingCandidates;
import org.civgis.geo.network.siting.SitingProblem;
import org.civgis.geo.network.siting.SitingReport;
import org.civgis.geo.network.siting.SitingSolution;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Coverage and siting on a stored road network, for the planner's jobs.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #coverage} gives, per demand point in request order, the walking time to the nearest
 *       facility along the network (origins and destinations join the nearest edge; partial edges
 *       count), which facility that is, whether it is within the limit, and the E2SFCA score when
 *       every facility has a capacity; plus the isochrone polygon built from reached streets only
 *       and the time map.
 *   <li>{@link #siting} keeps the existing facilities and chooses at most k candidates that newly
 *       cover the most demand weight, by lazy greedy and by CP-SAT within the time limit, with the
 *       gap between them.
 *   <li>A stored network never changes under its id (a new import gets a new id), so the graph read
 *       from the database is kept in memory for the next analysis: at most {@value
 *       #CACHED_NETWORKS} networks per instance, least recently used dropped first. Every instance
 *       reads the same rows, so instances stay interchangeable.
 *   <li>Reads only; nothing is written.
 * </ol>
 */
public final class CoverageService {
  static final int CACHED_NETWORKS = 2;
  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);

  private final RoadNetworkRepository networks;
  private final Map<Long, RoadNetwork> cache = new LinkedHashMap<>(4, 0.75f, true);

  public CoverageService(DataSource dataSource) {
    this(new RoadNetworkRepository(dataSource));
  }

  public CoverageService(RoadNetworkRepository networks) {
    this.networks = networks;
  }

  /** The network in memory, read from the database on first use. */
  public RoadNetwork network(long networkId) {
    synchronized (cache) {
      RoadNetwork cached = cache.get(networkId);
      if (cached != null) {
        return cached;
      }
      RoadNetwork loaded = networks.load(networkId);
      cache.put(networkId, loaded);
      while (cache.size() > CACHED_NETWORKS) {
        cache.remove(cache.keySet().iterator().next());
      }
      return loaded;
    }
  }

  public CoverageReport coverage(CoverageRequest request) {
    return coverage(request, Progress.NONE);
  }

  public CoverageReport coverage(CoverageRequest request, Progress progress) {
    long started = System.nanoTime();
    progress.report(0, "读取路网");
    RoadNetwork network = network(request.networkId());
    progress.report(0.2, "计算到最近设施的步行时间");
    CoverageResult result =
        CoverageAnalysis.run(network, request.facilities(), request.demand(), request.options());
    boolean withCapacity =
        !request.facilities().isEmpty()
            && request.facilities().stream()
                .allMatch(f -> f.capacity() >= 0 && f.capacity() < Double.POSITIVE_INFINITY);
    double[] scores = null;
    if (withCapacity) {
      progress.report(0.5, "计算供需可达性（E2SFCA）");
      scores =
          E2sfca.compute(network, request.facilities(), request.demand(), request.options())
              .accessibility();
    }
    progress.report(0.7, "生成等时圈和时间图");
    List<CoverageReport.DemandResult> rows = new ArrayList<>(request.demand().size());
    for (int i = 0; i < result.demand().size(); i++) {
      DemandCoverage d = result.demand().get(i);
      rows.add(
          new CoverageReport.DemandResult(
              d.point().id(),
              d.point().weight(),
              d.location() != null,
              d.location() == null ? Double.NaN : d.location().snapDistanceMeters(),
              d.walkMinutes(),
              d.covered(),
              d.nearestFacilityId(),
              scores == null ? Double.NaN : scores[i]));
    }
    Geometry isochrone =
        request.isochroneBufferMeters() > 0
            ? result.isochrone(request.isochroneBufferMeters())
            : GEOMETRY.createMultiPolygon();
    List<TimeMap.Segment> timeMap =
        TimeMap.segments(result.distances(), request.options().walkingSpeedMetersPerSecond());
    progress.report(1, "完成");
    return new CoverageReport(
        request.options(),
        rows,
        result.unjoinedFacilities().stream().map(FacilitySite::id).toList(),
        result.coveredWeight(),
        result.totalWeight(),
        isochrone,
        timeMap,
        withCapacity,
        (System.nanoTime() - started) / 1_000_000);
  }

  public SitingOutcome siting(SitingRequest request) {
    return siting(request, Progress.NONE);
  }

  public SitingOutcome siting(SitingRequest request, Progress progress) {
    progress.report(0, "读取路网");
    RoadNetwork network = network(request.networkId());
    progress.report(0.1, "现有设施的覆盖");
    CoverageResult before =
        CoverageAnalysis.run(network, request.existing(), request.demand(), request.options());
    double capacity =
        Double.isNaN(request.capacity()) ? Double.POSITIVE_INFINITY : request.capacity();
    List<FacilitySite> candidates;
    if (request.candidates().isEmpty()) {
      candidates =
          SitingCandidates.uncoveredNodes(
              before.distances(),
              request.candidateSpacingMeters(),
              SitingRequest.MAX_GENERATED_CANDIDATES,
              capacity < Double.POSITIVE_INFINITY ? capacity : Double.NaN);
    } else {
      candidates =
          request.candidates().stream()
              .map(
                  c ->
                      Double.isNaN(c.capacity()) && capacity < Double.POSITIVE_INFINITY
                          ? new FacilitySite(c.id(), c.lon(), c.lat(), capacity)
                          : c)
              .toList();
    }
    progress.report(0.3, "计算候选点可覆盖的需求");
    SitingProblem problem =
        SitingProblem.onNetwork(
            network,
            request.existing(),
            candidates,
            request.demand(),
            request.options(),
            request.k());
    progress.report(0.5, "贪心选址与精确求解");
    SitingReport report = SitingReport.solve(problem, request.exactTimeLimit());
    SitingSolution greedy = report.greedy();
    SitingSolution exact = report.exact();
    progress.report(1, "完成");
    return new SitingOutcome(
        candidates,
        sites(candidates, greedy.chosen()),
        greedy.coveredWeight(),
        sites(candidates, exact.chosen()),
        exact.coveredWeight(),
        exact.optimal(),
        Math.max(exact.upperBound(), Math.max(exact.coveredWeight(), greedy.coveredWeight())),
        report.gap(),
        before.coveredWeight(),
        before.totalWeight(),
        greedy.millis(),
        exact.millis());
  }

  private static List<FacilitySite> sites(List<FacilitySite> candidates, int[] chosen) {
    List<FacilitySite> sites = new ArrayList<>(chosen.length);
    for (int j : chosen) {
      sites.add(candidates.get(j));
    }
    return sites;
  }
}
