package org.civgis.geo.network.siting;

import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.network.NetworkDistances;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.coverage.FacilitySite;

/**
 * Candidate sites where none are given: network nodes in uncovered areas.
 *
 * <p>Contract: the nodes not reached within the limit of {@code coverage} (its facilities'
 * distances), thinned to the first node (in node order) in each cell of a grid of about {@code
 * spacingMeters}, at most {@code maxCandidates}; each gets the id {@code node:<index>} and the
 * given capacity.
 */
public final class SitingCandidates {
  private SitingCandidates() {}

  public static List<FacilitySite> uncoveredNodes(
      NetworkDistances coverage, double spacingMeters, int maxCandidates, double capacity) {
    RoadNetwork network = coverage.network();
    List<FacilitySite> candidates = new ArrayList<>();
    // a coarse grid of taken cells keeps candidates apart without comparing all pairs
    java.util.Set<Long> taken = new java.util.HashSet<>();
    for (int n = 0; n < network.nodeCount() && candidates.size() < maxCandidates; n++) {
      if (coverage.metersToNode(n) < Double.POSITIVE_INFINITY) {
        continue;
      }
      double lon = network.nodeLon(n);
      double lat = network.nodeLat(n);
      double cellLat = spacingMeters / 111_000.0;
      double cellLon = cellLat / Math.max(0.1, Math.cos(Math.toRadians(lat)));
      long key = ((long) Math.floor(lon / cellLon) << 32) ^ (long) Math.floor(lat / cellLat);
      if (taken.add(key)) {
        candidates.add(new FacilitySite("node:" + n, lon, lat, capacity));
      }
    }
    return candidates;
  }
}
