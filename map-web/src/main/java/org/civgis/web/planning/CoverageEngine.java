package org.civgis.web.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.web.job.JobProgress;

/**
 * Walking-network coverage of demand points by facilities: the one place where the planner's runs
 * meet the network engine. Implementations adapt the engine; none may invent times.
 */
public interface CoverageEngine {

  /**
   * Why runs cannot be made now (e.g. no walking network loaded), in Chinese; empty when they can.
   */
  Optional<String> unavailableReason();

  /** Runs {@code request}; reports progress; throws when the engine cannot answer. */
  Outcome run(Request request, JobProgress progress) throws Exception;

  /**
   * A site: a facility, or a candidate for a new one.
   *
   * @param id the registry id (facilities) or a generated id (new sites)
   * @param lon longitude, EPSG:4490
   * @param lat latitude, EPSG:4490
   * @param capacity places or beds; {@code NaN} when unknown
   */
  record Site(String id, double lon, double lat, double capacity) {}

  /**
   * A demand point.
   *
   * @param id its code
   * @param lon longitude, EPSG:4490
   * @param lat latitude, EPSG:4490
   * @param weight the elderly residents (60+) it stands for
   */
  record Demand(String id, double lon, double lat, double weight) {}

  /**
   * What to compute.
   *
   * @param facilities the existing facilities of the chosen types
   * @param demand the demand points
   * @param walkMinutes the time limit
   * @param walkingSpeedMetersPerSecond the walking speed
   * @param newSites how many new sites to suggest (0: none)
   */
  record Request(
      List<Site> facilities,
      List<Demand> demand,
      double walkMinutes,
      double walkingSpeedMetersPerSecond,
      int newSites) {}

  /**
   * The time of one demand point.
   *
   * @param id its code
   * @param walkMinutes minutes to the nearest facility along the network, {@code null} when none is
   *     reached within the limit (or the point could not join the network)
   * @param covered whether it is within the limit
   * @param nearestFacilityId that facility, or {@code null}
   * @param e2sfca the capacity-aware accessibility (E2SFCA, Gaussian decay: places per elderly
   *     resident within reach), or {@code null} when not every facility has a capacity
   */
  record DemandTime(
      String id, Double walkMinutes, boolean covered, String nearestFacilityId, Double e2sfca) {}

  /**
   * The answer.
   *
   * @param demand every demand point of the request, in its order
   * @param isochrones the covered area as a GeoJSON FeatureCollection (CRS84), from reached edges
   * @param timeMap the network's edges with the minutes to the nearest facility as a GeoJSON
   *     FeatureCollection (property {@code minutes}), or {@code null}
   * @param newSites the suggested new sites ({@code request.newSites} of them, or fewer)
   * @param demandAfter the demand's times with the new sites added, or {@code null} without new
   *     sites
   * @param isochronesAfter the covered area with the new sites, or {@code null}
   * @param notes what the engine assumed or left out, in Chinese
   */
  record Outcome(
      List<DemandTime> demand,
      Map<String, Object> isochrones,
      Map<String, Object> timeMap,
      List<Site> newSites,
      List<DemandTime> demandAfter,
      Map<String, Object> isochronesAfter,
      List<String> notes) {}
}
