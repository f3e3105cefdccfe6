package org.civgis.data.load;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.civgis.data.changji.DataFileException;
import org.civgis.data.changji.DataFiles;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.network.OsmNetworkImport;
import org.civgis.gazetteer.network.RoadNetworkRepository;
import org.civgis.gazetteer.network.StoredNetwork;
import org.civgis.geo.network.osm.ImportedNetwork;
import org.civgis.geo.network.osm.OsmFormatException;
import org.civgis.geo.network.osm.WalkingNetworkReader;

/**
 * The demo's walking network: the street network of urban 昌吉市 (a generated OSM XML file, {@value
 * #FILE}) imported as the routable network {@value #NAME}, when the file is part of the demo data.
 *
 * <p>Contract: the file is read and checked first (a bad file raises {@link DataFileException},
 * nothing written); the import is one transaction that replaces the previous demo network; the
 * SHA-256 of the file is kept in the network's {@code source}, so loading the same file again does
 * nothing.
 */
public final class DemoNetwork {
  public static final String FILE = "changji/changji_urban_streets.osm";
  public static final String NAME = "changji-urban";

  private final DataSource dataSource;

  public DemoNetwork(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Reads and checks the demo network in {@code files}, before anything is written.
   *
   * @return the network to store, or empty when the demo data has no street network
   * @throws DataFileException when the file is not a readable OSM file with walkable ways
   */
  public static Optional<Prepared> read(DataFiles files) {
    byte[] bytes;
    try {
      bytes = files.read(FILE);
    } catch (DataFileException missing) {
      return Optional.empty();
    }
    ImportedNetwork imported;
    try {
      imported = WalkingNetworkReader.read(new ByteArrayInputStream(bytes));
    } catch (OsmFormatException e) {
      throw new DataFileException(FILE, null, e.getMessage());
    }
    if (imported.network().edgeCount() == 0) {
      throw new DataFileException(FILE, null, "no walkable ways");
    }
    return Optional.of(new Prepared(imported, "changji_urban_streets.osm sha256:" + sha256(bytes)));
  }

  /**
   * A checked demo network, ready to store.
   *
   * @param network the walking network read from the file
   * @param source the file name and its SHA-256
   */
  public record Prepared(ImportedNetwork network, String source) {}

  /** Stores {@code prepared} unless the same file is stored already (migrates first). */
  public Result store(Prepared prepared) {
    GazetteerSchema.migrate(dataSource);
    Optional<StoredNetwork> stored = new RoadNetworkRepository(dataSource).findByName(NAME);
    if (stored.isPresent() && stored.get().source().equals(prepared.source())) {
      return new Result(stored.get(), false);
    }
    StoredNetwork saved =
        new OsmNetworkImport(dataSource)
            .store(prepared.network(), NAME, prepared.source(), "civgis-data", true);
    return new Result(saved, true);
  }

  /**
   * @param network the stored network
   * @param changed whether it was imported now (false: the same file was loaded before)
   */
  public record Result(StoredNetwork network, boolean changed) {}

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
