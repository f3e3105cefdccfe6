package org.civgis.geo.network;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * An immutable, compact, in-memory road network: nodes, edges between them with a length in metres
 * and the directions they may be walked in, and each edge's shape.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Nodes are numbered 0 … {@link #nodeCount()}−1 and edges 0 … {@link #edgeCount()}−1; the
 *       stored network (schema {@code gazetteer}) numbers them from 1, so stored id = index + 1.
 *   <li>An edge runs from {@link #edgeSource} to {@link #edgeTarget}; its shape starts at the
 *       source node, passes its intermediate vertices and ends at the target node. Its length
 *       ({@link #edgeLengthMeters}) is the walking cost in either allowed direction, as {@code
 *       cost} and {@code reverse_cost} are in pgRouting (a forbidden direction is a negative cost
 *       there).
 *   <li>Coordinates are CGCS2000 longitude/latitude held to 10⁻⁷ degree (about 1 cm).
 *   <li>Instances are immutable and safe to share between threads; every analysis allocates its own
 *       working arrays.
 * </ol>
 *
 * <p>Implementation note: everything lives in primitive arrays (adjacency in compressed sparse row
 * form, outgoing arcs only in the directions that may be walked), so a network of a million edges
 * takes about 50 MB and no object per node or edge; {@link #bytesPerEdge()} reports it.
 */
public final class RoadNetwork {
  static final byte FORWARD = 1;
  static final byte BACKWARD = 2;
  private static final double E7 = 1e7;
  private static final GeometryFactory GEOMETRY =
      new GeometryFactory(new PrecisionModel(), Srid.CGCS2000);

  private final int[] nodeLonE7;
  private final int[] nodeLatE7;
  private final int[] edgeSource;
  private final int[] edgeTarget;
  private final double[] edgeLength;
  private final byte[] edgeDirections;
  private final int[] shapeStart;
  private final int[] shapeE7;
  private final int[] firstArc;
  private final int[] arcHead;
  private final int[] arcEdge;
  private final EdgeIndex index;

  /** The length of the shortest walkable edge (+∞ without one): the bucket width of a search. */
  private final double shortestArcMeters;

  private RoadNetwork(Builder b) {
    this(
        Arrays.copyOf(b.nodeLonE7, b.nodes),
        Arrays.copyOf(b.nodeLatE7, b.nodes),
        Arrays.copyOf(b.edgeSource, b.edges),
        Arrays.copyOf(b.edgeTarget, b.edges),
        Arrays.copyOf(b.edgeLength, b.edges),
        Arrays.copyOf(b.edgeDirections, b.edges),
        Arrays.copyOf(b.shapeStart, b.edges + 1),
        Arrays.copyOf(b.shapeE7, b.shapeLength));
  }

  private RoadNetwork(
      int[] nodeLonE7,
      int[] nodeLatE7,
      int[] edgeSource,
      int[] edgeTarget,
      double[] edgeLength,
      byte[] edgeDirections,
      int[] shapeStart,
      int[] shapeE7) {
    this.nodeLonE7 = nodeLonE7;
    this.nodeLatE7 = nodeLatE7;
    this.edgeSource = edgeSource;
    this.edgeTarget = edgeTarget;
    this.edgeLength = edgeLength;
    this.edgeDirections = edgeDirections;
    this.shapeStart = shapeStart;
    this.shapeE7 = shapeE7;
    int nodes = nodeLonE7.length;
    int edges = edgeSource.length;
    firstArc = new int[nodes + 1];
    for (int e = 0; e < edges; e++) {
      if ((edgeDirections[e] & FORWARD) != 0) {
        firstArc[edgeSource[e] + 1]++;
      }
      if ((edgeDirections[e] & BACKWARD) != 0) {
        firstArc[edgeTarget[e] + 1]++;
      }
    }
    for (int n = 0; n < nodes; n++) {
      firstArc[n + 1] += firstArc[n];
    }
    arcHead = new int[firstArc[nodes]];
    arcEdge = new int[firstArc[nodes]];
    int[] next = Arrays.copyOf(firstArc, nodes);
    for (int e = 0; e < edges; e++) {
      if ((edgeDirections[e] & FORWARD) != 0) {
        int a = next[edgeSource[e]]++;
        arcHead[a] = edgeTarget[e];
        arcEdge[a] = e << 1;
      }
      if ((edgeDirections[e] & BACKWARD) != 0) {
        int a = next[edgeTarget[e]]++;
        arcHead[a] = edgeSource[e];
        arcEdge[a] = (e << 1) | 1;
      }
    }
    double shortest = Double.POSITIVE_INFINITY;
    for (int e = 0; e < edges; e++) {
      if (edgeDirections[e] != 0) {
        shortest = Math.min(shortest, edgeLength[e]);
      }
    }
    this.shortestArcMeters = shortest;
    this.index = new EdgeIndex(this);
  }

  /**
   * The network as bytes ({@link #fromBytes} reads them back): nodes, edges, lengths, directions
   * and shapes, little endian; the adjacency and the spatial index are rebuilt on reading. About 29
   * bytes per edge of a grid; a stored network keeps them next to its rows so that an analysis
   * reads one value instead of a million rows.
   */
  public byte[] toBytes() {
    int nodes = nodeCount();
    int edges = edgeCount();
    long size =
        SNAPSHOT_HEADER
            + 8L * nodes
            + 8L * edges
            + 8L * edges
            + edges
            + 4L * (edges + 1)
            + 4L * shapeE7.length;
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("network too large for one snapshot: " + size + " bytes");
    }
    ByteBuffer out = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(SNAPSHOT_MAGIC).putInt(SNAPSHOT_VERSION);
    out.putInt(nodes).putInt(edges).putInt(shapeE7.length);
    putInts(out, nodeLonE7);
    putInts(out, nodeLatE7);
    putInts(out, edgeSource);
    putInts(out, edgeTarget);
    out.asDoubleBuffer().put(edgeLength);
    out.position(out.position() + 8 * edges);
    out.put(edgeDirections);
    putInts(out, shapeStart);
    putInts(out, shapeE7);
    return out.array();
  }

  /** Reads a network written by {@link #toBytes}. */
  public static RoadNetwork fromBytes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < SNAPSHOT_HEADER
        || in.getInt() != SNAPSHOT_MAGIC
        || in.getInt() != SNAPSHOT_VERSION) {
      throw new IllegalArgumentException("not a road network snapshot of this version");
    }
    int nodes = in.getInt();
    int edges = in.getInt();
    int shape = in.getInt();
    int[] lon = getInts(in, nodes);
    int[] lat = getInts(in, nodes);
    int[] source = getInts(in, edges);
    int[] target = getInts(in, edges);
    double[] length = new double[edges];
    in.asDoubleBuffer().get(length);
    in.position(in.position() + 8 * edges);
    byte[] directions = new byte[edges];
    in.get(directions);
    int[] shapeStart = getInts(in, edges + 1);
    int[] shapeE7 = getInts(in, shape);
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("road network snapshot has trailing bytes");
    }
    for (int e = 0; e < edges; e++) {
      if (source[e] < 0 || source[e] >= nodes || target[e] < 0 || target[e] >= nodes) {
        throw new IllegalArgumentException("road network snapshot: edge " + e + " out of range");
      }
    }
    return new RoadNetwork(lon, lat, source, target, length, directions, shapeStart, shapeE7);
  }

  private static final int SNAPSHOT_MAGIC = 0x43474e57; // "CGNW"
  private static final int SNAPSHOT_VERSION = 1;
  private static final int SNAPSHOT_HEADER = 20;

  private static void putInts(ByteBuffer out, int[] values) {
    out.asIntBuffer().put(values);
    out.position(out.position() + 4 * values.length);
  }

  private static int[] getInts(ByteBuffer in, int count) {
    int[] values = new int[count];
    in.asIntBuffer().get(values);
    in.position(in.position() + 4 * count);
    return values;
  }

  /** A builder for a network of about the given size (it grows as needed). */
  public static Builder builder(int expectedNodes, int expectedEdges) {
    return new Builder(expectedNodes, expectedEdges);
  }

  public int nodeCount() {
    return nodeLonE7.length;
  }

  public int edgeCount() {
    return edgeSource.length;
  }

  public double nodeLon(int node) {
    return nodeLonE7[node] / E7;
  }

  public double nodeLat(int node) {
    return nodeLatE7[node] / E7;
  }

  public int edgeSource(int edge) {
    return edgeSource[edge];
  }

  public int edgeTarget(int edge) {
    return edgeTarget[edge];
  }

  /** The walking length of the edge in metres (pgRouting's {@code cost}). */
  public double edgeLengthMeters(int edge) {
    return edgeLength[edge];
  }

  /** Whether the edge may be walked from its source to its target. */
  public boolean forward(int edge) {
    return (edgeDirections[edge] & FORWARD) != 0;
  }

  /** Whether the edge may be walked from its target to its source. */
  public boolean backward(int edge) {
    return (edgeDirections[edge] & BACKWARD) != 0;
  }

  /** Number of vertices of the edge's shape, its end nodes included (at least 2). */
  public int shapeSize(int edge) {
    return 2 + (shapeStart[edge + 1] - shapeStart[edge]) / 2;
  }

  /** Longitude of vertex {@code i} (0 … {@link #shapeSize}−1) of the edge's shape. */
  public double shapeLon(int edge, int i) {
    if (i == 0) {
      return nodeLon(edgeSource[edge]);
    }
    int inner = shapeStart[edge] + 2 * (i - 1);
    return inner < shapeStart[edge + 1] ? shapeE7[inner] / E7 : nodeLon(edgeTarget[edge]);
  }

  /** Latitude of vertex {@code i} of the edge's shape. */
  public double shapeLat(int edge, int i) {
    if (i == 0) {
      return nodeLat(edgeSource[edge]);
    }
    int inner = shapeStart[edge] + 2 * (i - 1);
    return inner < shapeStart[edge + 1] ? shapeE7[inner + 1] / E7 : nodeLat(edgeTarget[edge]);
  }

  /** The edge's shape as a line in EPSG:4490, from source to target. */
  public LineString edgeGeometry(int edge) {
    int size = shapeSize(edge);
    Coordinate[] coordinates = new Coordinate[size];
    for (int i = 0; i < size; i++) {
      coordinates[i] = new Coordinate(shapeLon(edge, i), shapeLat(edge, i));
    }
    return GEOMETRY.createLineString(coordinates);
  }

  /** The edge's shape as {@code [lon0, lat0, lon1, lat1, …]}. */
  public double[] edgeShape(int edge) {
    int size = shapeSize(edge);
    double[] lonLat = new double[2 * size];
    for (int i = 0; i < size; i++) {
      lonLat[2 * i] = shapeLon(edge, i);
      lonLat[2 * i + 1] = shapeLat(edge, i);
    }
    return lonLat;
  }

  /** The nearest edge to a point, within {@code maxMeters}; {@code null} when there is none. */
  public NetworkLocation snap(double lon, double lat, double maxMeters) {
    return index.nearest(lon, lat, maxMeters);
  }

  /** A location exactly at {@code node}, on one of its edges; {@code null} for an isolated node. */
  public NetworkLocation atNode(int node) {
    for (int a = firstArc[node]; a < firstArc[node + 1]; a++) {
      int e = arcEdge[a] >>> 1;
      boolean reversed = (arcEdge[a] & 1) != 0;
      return new NetworkLocation(e, reversed ? 1.0 : 0.0, 0.0);
    }
    // a node with only incoming arcs
    for (int e = 0; e < edgeSource.length; e++) {
      if (edgeSource[e] == node) {
        return new NetworkLocation(e, 0.0, 0.0);
      }
      if (edgeTarget[e] == node) {
        return new NetworkLocation(e, 1.0, 0.0);
      }
    }
    return null;
  }

  int firstArc(int node) {
    return firstArc[node];
  }

  int arcHead(int arc) {
    return arcHead[arc];
  }

  int arcEdge(int arc) {
    return arcEdge[arc];
  }

  int[] firstArcs() {
    return firstArc;
  }

  int[] arcHeads() {
    return arcHead;
  }

  int[] arcEdges() {
    return arcEdge;
  }

  double[] edgeLengths() {
    return edgeLength;
  }

  double shortestArcMeters() {
    return shortestArcMeters;
  }

  int nodeLonE7(int node) {
    return nodeLonE7[node];
  }

  int nodeLatE7(int node) {
    return nodeLatE7[node];
  }

  /** Bytes held by this network's arrays and its spatial index. */
  public long memoryBytes() {
    long bytes =
        4L * (nodeLonE7.length + nodeLatE7.length)
            + 4L * (edgeSource.length + edgeTarget.length)
            + 8L * edgeLength.length
            + edgeDirections.length
            + 4L * (shapeStart.length + shapeE7.length)
            + 4L * (firstArc.length + arcHead.length + arcEdge.length);
    return bytes + index.memoryBytes();
  }

  /** {@link #memoryBytes()} per edge. */
  public double bytesPerEdge() {
    return edgeCount() == 0 ? 0 : (double) memoryBytes() / edgeCount();
  }

  /** Collects nodes and edges; {@link #build()} makes the immutable network. */
  public static final class Builder {
    private int[] nodeLonE7;
    private int[] nodeLatE7;
    private int nodes;
    private int[] edgeSource;
    private int[] edgeTarget;
    private double[] edgeLength;
    private byte[] edgeDirections;
    private int[] shapeStart;
    private int[] shapeE7;
    private int edges;
    private int shapeLength;

    private Builder(int expectedNodes, int expectedEdges) {
      int n = Math.max(16, expectedNodes);
      int m = Math.max(16, expectedEdges);
      nodeLonE7 = new int[n];
      nodeLatE7 = new int[n];
      edgeSource = new int[m];
      edgeTarget = new int[m];
      edgeLength = new double[m];
      edgeDirections = new byte[m];
      shapeStart = new int[m + 1];
      shapeE7 = new int[16];
    }

    /** Adds a node and returns its index. */
    public int addNode(double lon, double lat) {
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
        throw new IllegalArgumentException("node outside lon/lat range: " + lon + " " + lat);
      }
      if (nodes == nodeLonE7.length) {
        nodeLonE7 = Arrays.copyOf(nodeLonE7, nodes * 2);
        nodeLatE7 = Arrays.copyOf(nodeLatE7, nodes * 2);
      }
      nodeLonE7[nodes] = (int) Math.round(lon * E7);
      nodeLatE7[nodes] = (int) Math.round(lat * E7);
      return nodes++;
    }

    public int nodeCount() {
      return nodes;
    }

    /**
     * Adds an edge and returns its index.
     *
     * @param innerLonLat the shape's vertices between the end nodes, {@code [lon, lat, …]}; empty
     *     for a straight edge
     * @param lengthMeters the walking length; {@code NaN} to measure the shape ({@link
     *     GroundDistance})
     * @param forward whether it may be walked from source to target
     * @param backward whether it may be walked from target to source
     */
    public int addEdge(
        int source,
        int target,
        double[] innerLonLat,
        double lengthMeters,
        boolean forward,
        boolean backward) {
      if (source < 0 || source >= nodes || target < 0 || target >= nodes) {
        throw new IllegalArgumentException("edge between unknown nodes " + source + ", " + target);
      }
      if (innerLonLat.length % 2 != 0) {
        throw new IllegalArgumentException("shape needs lon/lat pairs");
      }
      if (edges == edgeSource.length) {
        int m = edges * 2;
        edgeSource = Arrays.copyOf(edgeSource, m);
        edgeTarget = Arrays.copyOf(edgeTarget, m);
        edgeLength = Arrays.copyOf(edgeLength, m);
        edgeDirections = Arrays.copyOf(edgeDirections, m);
        shapeStart = Arrays.copyOf(shapeStart, m + 1);
      }
      if (shapeLength + innerLonLat.length > shapeE7.length) {
        shapeE7 =
            Arrays.copyOf(shapeE7, Math.max(2 * shapeE7.length, shapeLength + innerLonLat.length));
      }
      for (double v : innerLonLat) {
        shapeE7[shapeLength++] = (int) Math.round(v * E7);
      }
      if (Double.isNaN(lengthMeters)) {
        double[] shape = new double[innerLonLat.length + 4];
        shape[0] = nodeLonE7[source] / E7;
        shape[1] = nodeLatE7[source] / E7;
        for (int i = 0; i < innerLonLat.length; i++) {
          shape[2 + i] = shapeE7[shapeLength - innerLonLat.length + i] / E7;
        }
        shape[shape.length - 2] = nodeLonE7[target] / E7;
        shape[shape.length - 1] = nodeLatE7[target] / E7;
        lengthMeters = GroundDistance.polylineMeters(shape);
      }
      if (!(lengthMeters >= 0) || Double.isInfinite(lengthMeters)) {
        throw new IllegalArgumentException("edge length must be finite and >= 0: " + lengthMeters);
      }
      edgeSource[edges] = source;
      edgeTarget[edges] = target;
      edgeLength[edges] = lengthMeters;
      edgeDirections[edges] = (byte) ((forward ? FORWARD : 0) | (backward ? BACKWARD : 0));
      shapeStart[edges + 1] = shapeLength;
      return edges++;
    }

    public int edgeCount() {
      return edges;
    }

    public RoadNetwork build() {
      return new RoadNetwork(this);
    }
  }
}
