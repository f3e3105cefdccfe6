package org.civgis.geo.network.osm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.civgis.geo.network.RoadNetwork;

/**
 * Builds the walking {@link RoadNetwork} of an OSM file (PBF, XML or gzipped XML).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The format is recognised from the content, not the name: gzip (then XML), XML ({@code <}
 *       first) or PBF.
 *   <li>Only ways that {@link WalkingAccess} allows become edges; nodes, ways and references may
 *       come in any order (generated files need not sort them).
 *   <li>A way is split into edges at every node it shares with another walkable way (or with
 *       itself) and at its ends; the edge keeps the way's vertices between as its shape, and its
 *       length is measured on the ground ({@link org.civgis.geo.network.GroundDistance}).
 *   <li>A reference to a node missing from the file cuts the way there (clipped extracts); repeated
 *       consecutive references are dropped.
 * </ol>
 */
public final class WalkingNetworkReader {
  private WalkingNetworkReader() {}

  /** Reads the file at {@code path}. */
  public static ImportedNetwork read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an OSM file from {@code in} (PBF, XML or gzipped XML). */
  public static ImportedNetwork read(InputStream in) {
    Collector collector = new Collector();
    try {
      InputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(4);
      int first = buffered.read();
      int second = buffered.read();
      buffered.reset();
      if (first == 0x1f && second == 0x8b) {
        OsmXmlReader.read(new GZIPInputStream(buffered, 1 << 16), collector);
      } else if (first == '<' || first == 0xef) {
        OsmXmlReader.read(buffered, collector);
      } else {
        OsmPbfReader.read(buffered, collector);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return collector.build();
  }

  private static final class Collector implements OsmHandler {
    private long[] nodeIds = new long[1024];
    private double[] nodeLon = new double[1024];
    private double[] nodeLat = new double[1024];
    private int nodes;
    private final List<long[]> wayRefs = new ArrayList<>();
    private final List<Map<String, String>> wayTags = new ArrayList<>();
    private final List<Long> wayIds = new ArrayList<>();
    private final List<WalkingAccess.Directions> wayDirections = new ArrayList<>();
    private int ways;

    @Override
    public void node(long id, double lon, double lat) {
      if (nodes == nodeIds.length) {
        nodeIds = Arrays.copyOf(nodeIds, 2 * nodes);
        nodeLon = Arrays.copyOf(nodeLon, 2 * nodes);
        nodeLat = Arrays.copyOf(nodeLat, 2 * nodes);
      }
      nodeIds[nodes] = id;
      nodeLon[nodes] = lon;
      nodeLat[nodes] = lat;
      nodes++;
    }

    @Override
    public void way(long id, long[] nodeRefs, Map<String, String> tags) {
      ways++;
      WalkingAccess.Directions directions = WalkingAccess.of(tags);
      if (directions == WalkingAccess.Directions.NONE || nodeRefs.length < 2) {
        return;
      }
      wayIds.add(id);
      wayRefs.add(nodeRefs);
      Map<String, String> kept = new HashMap<>();
      kept.put("highway", tags.get("highway"));
      if (tags.get("name") != null) {
        kept.put("name", tags.get("name"));
      }
      wayTags.add(kept);
      wayDirections.add(directions);
    }

    ImportedNetwork build() {
      // node positions sorted by OSM id for lookup
      Integer[] order = new Integer[nodes];
      for (int i = 0; i < nodes; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(nodeIds[a], nodeIds[b]));
      long[] sortedIds = new long[nodes];
      double[] sortedLon = new double[nodes];
      double[] sortedLat = new double[nodes];
      for (int i = 0; i < nodes; i++) {
        sortedIds[i] = nodeIds[order[i]];
        sortedLon[i] = nodeLon[order[i]];
        sortedLat[i] = nodeLat[order[i]];
      }
      // how often each node is used by walkable ways: 2 or more makes it a junction
      int[] uses = new int[nodes];
      int missing = 0;
      for (long[] refs : wayRefs) {
        long previous = Long.MIN_VALUE;
        for (long ref : refs) {
          if (ref == previous) {
            continue;
          }
          previous = ref;
          int k = Arrays.binarySearch(sortedIds, ref);
          if (k >= 0) {
            uses[k]++;
          } else {
            missing++;
          }
        }
      }
      RoadNetwork.Builder builder = RoadNetwork.builder(nodes / 4, wayRefs.size() * 2);
      int[] graphNode = new int[nodes];
      Arrays.fill(graphNode, -1);
      List<Long> graphNodeOsm = new ArrayList<>();
      List<Long> edgeWay = new ArrayList<>();
      List<String> edgeHighway = new ArrayList<>();
      List<String> edgeName = new ArrayList<>();
      for (int w = 0; w < wayRefs.size(); w++) {
        long[] refs = wayRefs.get(w);
        WalkingAccess.Directions directions = wayDirections.get(w);
        boolean forward = directions != WalkingAccess.Directions.BACKWARD;
        boolean backward = directions != WalkingAccess.Directions.FORWARD;
        int pieceStart = -1; // sorted index of the piece's first node
        double[] inner = new double[16];
        int innerLength = 0;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < refs.length; i++) {
          if (refs[i] == previous) {
            continue;
          }
          previous = refs[i];
          int k = Arrays.binarySearch(sortedIds, refs[i]);
          if (k < 0) {
            pieceStart = -1; // cut the way at a missing node
            innerLength = 0;
            continue;
          }
          boolean last = i == refs.length - 1 || nextMissing(refs, i, sortedIds);
          if (pieceStart < 0) {
            pieceStart = k;
            innerLength = 0;
            continue;
          }
          if (uses[k] >= 2 || last) {
            int source =
                graphNode(
                    builder, graphNode, graphNodeOsm, sortedIds, sortedLon, sortedLat, pieceStart);
            int target =
                graphNode(builder, graphNode, graphNodeOsm, sortedIds, sortedLon, sortedLat, k);
            builder.addEdge(
                source, target, Arrays.copyOf(inner, innerLength), Double.NaN, forward, backward);
            edgeWay.add(wayIds.get(w));
            edgeHighway.add(wayTags.get(w).get("highway"));
            edgeName.add(wayTags.get(w).get("name"));
            pieceStart = k;
            innerLength = 0;
          } else {
            if (innerLength + 2 > inner.length) {
              inner = Arrays.copyOf(inner, 2 * inner.length);
            }
            inner[innerLength++] = sortedLon[k];
            inner[innerLength++] = sortedLat[k];
          }
        }
      }
      return new ImportedNetwork(
          builder.build(),
          graphNodeOsm.stream().mapToLong(Long::longValue).toArray(),
          edgeWay.stream().mapToLong(Long::longValue).toArray(),
          edgeHighway.toArray(String[]::new),
          edgeName.toArray(String[]::new),
          ways,
          wayRefs.size(),
          missing);
    }

    /** Whether the way is cut after position {@code i} (the next distinct ref is missing). */
    private static boolean nextMissing(long[] refs, int i, long[] sortedIds) {
      for (int j = i + 1; j < refs.length; j++) {
        if (refs[j] != refs[i]) {
          return Arrays.binarySearch(sortedIds, refs[j]) < 0;
        }
      }
      return true;
    }

    private static int graphNode(
        RoadNetwork.Builder builder,
        int[] graphNode,
        List<Long> graphNodeOsm,
        long[] ids,
        double[] lon,
        double[] lat,
        int k) {
      if (graphNode[k] < 0) {
        graphNode[k] = builder.addNode(lon[k], lat[k]);
        graphNodeOsm.add(ids[k]);
      }
      return graphNode[k];
    }
  }
}
