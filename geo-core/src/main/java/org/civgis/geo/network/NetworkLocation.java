package org.civgis.geo.network;

/**
 * A point on an edge of a {@link RoadNetwork}: where an origin or destination (a facility, a demand
 * point) joins the network.
 *
 * @param edge the edge index
 * @param fraction position along the edge's length, 0 at its source node, 1 at its target node
 * @param snapDistanceMeters how far the original point lies from the edge (0 for a point placed on
 *     the network)
 */
public record NetworkLocation(int edge, double fraction, double snapDistanceMeters) {
  public NetworkLocation {
    if (edge < 0) {
      throw new IllegalArgumentException("edge index must be >= 0");
    }
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must lie in [0, 1]: " + fraction);
    }
  }
}
