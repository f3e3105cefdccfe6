package org.civgis.gazetteer.network;

import java.time.Instant;

/**
 * A road network as stored in {@code gazetteer.road_network}.
 *
 * @param id the network's id (the {@code network_id} of its nodes and edges)
 * @param name a unique name, e.g. {@code changji-walking}
 * @param source where it came from (file name, survey)
 * @param importedAt when it was stored
 * @param nodeCount nodes, numbered 1..nodeCount
 * @param edgeCount edges, numbered 1..edgeCount
 */
public record StoredNetwork(
    long id, String name, String source, Instant importedAt, int nodeCount, int edgeCount) {}
