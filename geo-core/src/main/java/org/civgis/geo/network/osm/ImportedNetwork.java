package org.civgis.geo.network.osm;

import org.civgis.geo.network.RoadNetwork;

/**
 * A walking network read from OSM: the routable {@link RoadNetwork} and, per edge, what it came
 * from.
 *
 * @param network the graph; its node and edge indices index the arrays below
 * @param nodeOsmIds the OSM node id of each graph node
 * @param edgeOsmWayIds the OSM way each edge is part of
 * @param edgeHighways the way's {@code highway} tag
 * @param edgeNames the way's {@code name} tag, or {@code null}
 * @param ways ways read in the file
 * @param walkableWays ways that {@link WalkingAccess} allows
 * @param missingNodeRefs references of walkable ways to nodes not in the file (clipped extracts);
 *     the way is cut there
 */
public record ImportedNetwork(
    RoadNetwork network,
    long[] nodeOsmIds,
    long[] edgeOsmWayIds,
    String[] edgeHighways,
    String[] edgeNames,
    int ways,
    int walkableWays,
    int missingNodeRefs) {}
