package org.civgis.gazetteer.network;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.osm.ImportedNetwork;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stored road networks: writes a {@link RoadNetwork} into {@code gazetteer.road_network}, {@code
 * network_node} and {@code network_edge} and reads it back into memory.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #save} writes the network, its nodes and its edges in one transaction (the caller's,
 *       when there is one): either all of it is stored or nothing. Node and edge ids are the
 *       graph's indices + 1; {@code cost} and {@code reverse_cost} are the length in metres, or −1
 *       for a direction that may not be walked (pgRouting's convention).
 *   <li>{@link #load} returns a network equal to the one saved: the same nodes (to 10⁻⁷ degree),
 *       edges, lengths, directions and shapes, so that an analysis in memory and pgRouting on the
 *       stored rows see the same graph.
 *   <li>{@link #save} also stores the graph as one value ({@link RoadNetwork#toBytes}) in {@code
 *       road_network_graph}, in the same transaction; {@link #load} reads that value, {@link
 *       #loadRows} the rows, and both give the same network.
 *   <li>Rows move by {@code COPY} (text in, binary out), so a million edges move in seconds.
 * </ol>
 */
public final class RoadNetworkRepository {
  private final DataSource dataSource;

  public RoadNetworkRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores an imported OSM network under {@code name}; returns its id. */
  public long save(String name, String source, ImportedNetwork imported) {
    return save(
        name,
        source,
        imported.network(),
        new Provenance(
            imported.nodeOsmIds(),
            imported.edgeOsmWayIds(),
            imported.edgeHighways(),
            imported.edgeNames(),
            imported.ways(),
            imported.walkableWays(),
            imported.missingNodeRefs()));
  }

  /**
   * What a network came from, per node and edge (each array may be {@code null}).
   *
   * @param nodeOsmIds OSM node ids, by node index
   * @param edgeOsmWayIds OSM way ids, by edge index
   * @param edgeHighways {@code highway} tags, by edge index
   * @param edgeNames street names, by edge index
   * @param waysRead ways in the source file, or {@code null}
   * @param walkableWays ways that were walkable, or {@code null}
   * @param missingNodeRefs references to nodes missing from the file, or {@code null}
   */
  public record Provenance(
      long[] nodeOsmIds,
      long[] edgeOsmWayIds,
      String[] edgeHighways,
      String[] edgeNames,
      Integer waysRead,
      Integer walkableWays,
      Integer missingNodeRefs) {
    public static final Provenance NONE = new Provenance(null, null, null, null, null, null, null);
  }

  /** Stores {@code network} under {@code name}; returns its id. */
  public long save(String name, String source, RoadNetwork network, Provenance provenance) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    boolean own = !DataSourceUtils.isConnectionTransactional(connection, dataSource);
    try {
      boolean autoCommit = connection.getAutoCommit();
      if (own) {
        connection.setAutoCommit(false);
      }
      try {
        long id = insert(connection, name, source, network, provenance);
        if (own) {
          connection.commit();
        }
        return id;
      } catch (SQLException | RuntimeException e) {
        if (own) {
          connection.rollback();
        }
        throw e;
      } finally {
        if (own) {
          connection.setAutoCommit(autoCommit);
        }
      }
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new DataIntegrityViolationException("a network named " + name + " exists", e);
      }
      throw new IllegalStateException("storing network " + name + " failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static long insert(
      Connection connection, String name, String source, RoadNetwork network, Provenance p)
      throws SQLException {
    long id;
    try (var statement =
        connection.prepareStatement(
            """
            insert into gazetteer.road_network
              (name, source, node_count, edge_count, ways_read, walkable_ways, missing_node_refs)
            values (?, ?, ?, ?, ?, ?, ?) returning id
            """)) {
      statement.setString(1, name);
      statement.setString(2, source);
      statement.setInt(3, network.nodeCount());
      statement.setInt(4, network.edgeCount());
      statement.setObject(5, p.waysRead());
      statement.setObject(6, p.walkableWays());
      statement.setObject(7, p.missingNodeRefs());
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    CopyRows.Writer nodes =
        new CopyRows.Writer(
            copy.copyIn("copy gazetteer.network_node (network_id, id, osm_id, geom) from stdin"));
    StringBuilder hex = new StringBuilder(128);
    for (int n = 0; n < network.nodeCount(); n++) {
      hex.setLength(0);
      HexEwkb.point(hex, network.nodeLon(n), network.nodeLat(n));
      nodes
          .field(id)
          .field(n + 1)
          .field(p.nodeOsmIds() == null ? null : p.nodeOsmIds()[n])
          .field(hex)
          .endRow();
    }
    nodes.finish();
    CopyRows.Writer edges =
        new CopyRows.Writer(
            copy.copyIn(
                "copy gazetteer.network_edge (network_id, id, source, target, cost, reverse_cost,"
                    + " length_m, osm_way_id, highway, name, geom) from stdin"));
    for (int e = 0; e < network.edgeCount(); e++) {
      double length = network.edgeLengthMeters(e);
      hex.setLength(0);
      HexEwkb.lineString(hex, network.edgeShape(e));
      edges
          .field(id)
          .field(e + 1)
          .field(network.edgeSource(e) + 1)
          .field(network.edgeTarget(e) + 1)
          .field(network.forward(e) ? Double.toString(length) : "-1")
          .field(network.backward(e) ? Double.toString(length) : "-1")
          .field(Double.toString(length))
          .field(p.edgeOsmWayIds() == null ? null : p.edgeOsmWayIds()[e])
          .field(p.edgeHighways() == null ? null : p.edgeHighways()[e])
          .field(p.edgeNames() == null ? null : p.edgeNames()[e])
          .field(hex)
          .endRow();
    }
    edges.finish();
    try (var statement =
        connection.prepareStatement(
            "insert into gazetteer.road_network_graph (network_id, graph) values (?, ?)")) {
      statement.setLong(1, id);
      statement.setBytes(2, network.toBytes());
      statement.executeUpdate();
    }
    return id;
  }

  /**
   * Reads the stored network {@code networkId} into memory: from its graph value (one read), or,
   * for a network stored without one, from its rows.
   */
  public RoadNetwork load(long networkId) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      CopyRows.Reader rows =
          new CopyRows.Reader(
              copy.copyOut(
                  "copy (select graph from gazetteer.road_network_graph where network_id = "
                      + networkId
                      + ") to stdout (format binary)"));
      byte[] graph = null;
      while (rows.nextRow() > 0) {
        graph = rows.bytes();
      }
      if (graph != null) {
        return RoadNetwork.fromBytes(graph);
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("loading network " + networkId + " failed: " + e, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    return loadRows(networkId);
  }

  /** Reads the stored network {@code networkId} from its node and edge rows. */
  public RoadNetwork loadRows(long networkId) {
    StoredNetwork stored =
        find(networkId)
            .orElseThrow(() -> new IllegalArgumentException("no road network " + networkId));
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      RoadNetwork.Builder builder = RoadNetwork.builder(stored.nodeCount(), stored.edgeCount());
      CopyRows.Reader nodes =
          new CopyRows.Reader(
              copy.copyOut(
                  "copy (select id, ST_X(geom), ST_Y(geom) from gazetteer.network_node"
                      + " where network_id = "
                      + networkId
                      + " order by id) to stdout (format binary)"));
      while (nodes.nextRow() > 0) {
        int id = nodes.int4();
        if (id != builder.nodeCount() + 1) {
          throw new IllegalStateException("network " + networkId + ": node ids are not 1..n");
        }
        builder.addNode(nodes.float8(), nodes.float8());
      }
      // only bent edges send their shape; a straight edge is its two end nodes
      CopyRows.Reader edges =
          new CopyRows.Reader(
              copy.copyOut(
                  "copy (select id, source, target, length_m, cost >= 0, reverse_cost >= 0,"
                      + " case when ST_NPoints(geom) > 2 then geom end"
                      + " from gazetteer.network_edge where network_id = "
                      + networkId
                      + " order by id) to stdout (format binary)"));
      double[] straight = new double[0];
      while (edges.nextRow() > 0) {
        int id = edges.int4();
        if (id != builder.edgeCount() + 1) {
          throw new IllegalStateException("network " + networkId + ": edge ids are not 1..n");
        }
        int source = edges.int4() - 1;
        int target = edges.int4() - 1;
        double length = edges.float8();
        boolean forward = edges.bool();
        boolean backward = edges.bool();
        byte[] shape = edges.bytes();
        builder.addEdge(
            source,
            target,
            shape == null ? straight : CopyRows.innerVertices(shape),
            length,
            forward,
            backward);
      }
      return builder.build();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("loading network " + networkId + " failed: " + e, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  public Optional<StoredNetwork> find(long id) {
    return query("where id = " + id).stream().findFirst();
  }

  public Optional<StoredNetwork> findByName(String name) {
    return list().stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** All stored networks, by name. */
  public List<StoredNetwork> list() {
    return query("");
  }

  /** Removes a network with its nodes and edges; false when there was none. */
  public boolean delete(long id) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate("delete from gazetteer.road_network where id = " + id) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("deleting network " + id + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private List<StoredNetwork> query(String where) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select id, name, source, imported_at, node_count, edge_count"
                    + " from gazetteer.road_network "
                    + where
                    + " order by name")) {
      List<StoredNetwork> networks = new java.util.ArrayList<>();
      while (rs.next()) {
        Timestamp at = rs.getTimestamp(4);
        networks.add(
            new StoredNetwork(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                at.toInstant(),
                rs.getInt(5),
                rs.getInt(6)));
      }
      return networks;
    } catch (SQLException e) {
      throw new IllegalStateException("reading road networks failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** Hex EWKB with SRID 4490, little endian, as PostGIS reads it from text. */
  private static final class HexEwkb {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    static void point(StringBuilder out, double lon, double lat) {
      out.append("01");
      int32(out, 0x20000001);
      int32(out, Srid.CGCS2000);
      float64(out, lon);
      float64(out, lat);
    }

    static void lineString(StringBuilder out, double[] lonLat) {
      out.append("01");
      int32(out, 0x20000002);
      int32(out, Srid.CGCS2000);
      int32(out, lonLat.length / 2);
      for (double v : lonLat) {
        float64(out, v);
      }
    }

    private static void int32(StringBuilder out, int v) {
      for (int i = 0; i < 4; i++) {
        byte8(out, (v >>> (8 * i)) & 0xff);
      }
    }

    private static void float64(StringBuilder out, double d) {
      long v = Double.doubleToLongBits(d);
      for (int i = 0; i < 8; i++) {
        byte8(out, (int) ((v >>> (8 * i)) & 0xff));
      }
    }

    private static void byte8(StringBuilder out, int b) {
      out.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xf]);
    }
  }
}
