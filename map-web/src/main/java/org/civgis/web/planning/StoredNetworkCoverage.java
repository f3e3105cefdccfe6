package org.civgis.web.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.civgis.gazetteer.coverage.CoverageReport;
import org.civgis.gazetteer.coverage.CoverageRequest;
import org.civgis.gazetteer.coverage.CoverageService;
import org.civgis.gazetteer.coverage.SitingOutcome;
import org.civgis.gazetteer.coverage.SitingRequest;
import org.civgis.gazetteer.network.RoadNetworkRepository;
import org.civgis.gazetteer.network.StoredNetwork;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.geo.network.TimeMap;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;
import org.civgis.web.job.JobProgress;
import org.civgis.web.problem.ConflictException;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coverage engine on a stored walking network (the gazetteer's {@link CoverageService}): the
 * network named {@code civgis.planning.network} (the demo's generated streets of urban 昌吉市 by
 * default). New sites come from the siting of the same service (lazy greedy and CP-SAT, the better
 * of the two), among uncovered network nodes about 200 m apart.
 */
@Component
class StoredNetworkCoverage implements CoverageEngine {
  static final double ISOCHRONE_BUFFER_METERS = 25;
  static final Duration EXACT_TIME_LIMIT = Duration.ofSeconds(20);
  static final double CANDIDATE_SPACING_METERS = 200;

  private final RoadNetworkRepository networks;
  private final CoverageService service;
  private final JsonMapper json;
  private final String networkName;

  StoredNetworkCoverage(
      DataSource dataSource,
      JsonMapper json,
      @Value("${civgis.planning.network:changji-urban}") String networkName) {
    this.networks = new RoadNetworkRepository(dataSource);
    this.service = new CoverageService(networks);
    this.json = json;
    this.networkName = networkName;
  }

  @Override
  public Optional<String> unavailableReason() {
    return network().isPresent()
        ? Optional.empty()
        : Optional.of("尚未导入步行路网「" + networkName + "」，暂不能计算服务圈覆盖；不依赖路网的指标照常计算");
  }

  private Optional<StoredNetwork> network() {
    return networks.findByName(networkName);
  }

  @Override
  public Outcome run(Request request, JobProgress progress) {
    StoredNetwork network =
        network().orElseThrow(() -> new ConflictException(unavailableReason().orElseThrow()));
    CoverageOptions options =
        CoverageOptions.defaults()
            .withMinutes(request.walkMinutes())
            .withSpeed(request.walkingSpeedMetersPerSecond());
    List<FacilitySite> facilities = sites(request.facilities());
    List<DemandPoint> demand = new ArrayList<>();
    for (Demand d : request.demand()) {
      demand.add(new DemandPoint(d.id(), d.lon(), d.lat(), d.weight()));
    }
    double share = request.newSites() > 0 ? 0.4 : 0.9;
    CoverageReport before =
        service.coverage(
            new CoverageRequest(network.id(), facilities, demand, options, ISOCHRONE_BUFFER_METERS),
            (fraction, message) -> progress.update(0.05 + share * fraction, message));
    List<String> notes = new ArrayList<>();
    notes.add(
        "步行路网「" + network.name() + "」（" + network.edgeCount() + " 条路段）；设施与需求点接入最近路段，步行至路段的距离不计时");
    if (!before.e2sfcaComputed()) {
      notes.add("部分设施未登记服务能力或床位，未计算 E2SFCA 可达性");
    }
    if (!before.unjoinedFacilityIds().isEmpty()) {
      notes.add(before.unjoinedFacilityIds().size() + " 处设施距路网过远，未参与分析");
    }
    long unjoined = before.demand().stream().filter(d -> !d.joined()).count();
    if (unjoined > 0) {
      notes.add(unjoined + " 个需求点距路网过远，按未覆盖计");
    }
    if (request.newSites() == 0) {
      return new Outcome(
          times(before),
          isochrones(before.isochrone()),
          timeMap(before),
          List.of(),
          null,
          null,
          notes);
    }
    progress.update(0.5, "新增选址");
    SitingOutcome siting =
        service.siting(
            new SitingRequest(
                network.id(),
                facilities,
                null,
                demand,
                options,
                request.newSites(),
                Double.NaN,
                EXACT_TIME_LIMIT,
                CANDIDATE_SPACING_METERS),
            (fraction, message) -> progress.update(0.5 + 0.3 * fraction, message));
    List<FacilitySite> chosen = siting.bestSites();
    notes.add(
        String.format(
            "新增选址：贪心法新覆盖 %.0f 名老年人，精确解（CP-SAT%s）%.0f 名，差距 %.1f%%；候选点为未覆盖区域的路网节点（约 %.0f 米间隔）",
            siting.greedyNewlyCovered(),
            siting.exactOptimal() ? "，已证最优" : "，限时未证最优",
            siting.exactNewlyCovered(),
            100 * siting.gap(),
            CANDIDATE_SPACING_METERS));
    List<FacilitySite> withNew = new ArrayList<>(facilities);
    List<Site> newSites = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      FacilitySite s = chosen.get(i);
      FacilitySite site = new FacilitySite("new-" + (i + 1), s.lon(), s.lat(), s.capacity());
      withNew.add(site);
      newSites.add(new Site(site.id(), site.lon(), site.lat(), site.capacity()));
    }
    CoverageReport after =
        service.coverage(
            new CoverageRequest(network.id(), withNew, demand, options, ISOCHRONE_BUFFER_METERS),
            (fraction, message) -> progress.update(0.8 + 0.15 * fraction, "新增选址后：" + message));
    return new Outcome(
        times(before),
        isochrones(before.isochrone()),
        timeMap(before),
        newSites,
        times(after),
        isochrones(after.isochrone()),
        notes);
  }

  private static List<FacilitySite> sites(List<Site> sites) {
    List<FacilitySite> out = new ArrayList<>();
    for (Site s : sites) {
      out.add(new FacilitySite(s.id(), s.lon(), s.lat(), s.capacity()));
    }
    return out;
  }

  private static List<DemandTime> times(CoverageReport report) {
    List<DemandTime> times = new ArrayList<>();
    for (CoverageReport.DemandResult d : report.demand()) {
      times.add(
          new DemandTime(
              d.id(),
              Double.isFinite(d.walkMinutes()) ? Math.round(d.walkMinutes() * 100) / 100.0 : null,
              d.covered(),
              d.nearestFacilityId(),
              Double.isFinite(d.e2sfca()) ? d.e2sfca() : null));
    }
    return times;
  }

  private Map<String, Object> isochrones(Geometry isochrone) {
    List<Object> features = new ArrayList<>();
    if (isochrone != null && !isochrone.isEmpty()) {
      features.add(feature(isochrone, Map.of()));
    }
    return collection(features);
  }

  private Map<String, Object> timeMap(CoverageReport report) {
    List<Object> features = new ArrayList<>();
    for (TimeMap.Segment s : report.timeMap()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("minutes", Math.round((s.fromMinutes() + s.toMinutes()) / 2 * 10) / 10.0);
      features.add(feature(s.line(), p));
    }
    return collection(features);
  }

  private Map<String, Object> feature(Geometry geometry, Map<String, Object> properties) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "Feature");
    f.put("geometry", json.readValue(GeoJsonGeometry.write(geometry, 6), Map.class));
    f.put("properties", properties);
    return f;
  }

  private static Map<String, Object> collection(List<Object> features) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("type", "FeatureCollection");
    c.put("features", features);
    return c;
  }
}
