package org.civgis.gazetteer.network;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.civgis.geo.network.osm.ImportedNetwork;
import org.civgis.geo.network.osm.WalkingNetworkReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an OpenStreetMap extract (PBF, XML, or gzipped XML) as a walking network: read, keep the
 * walkable ways with their access rules, split at junctions, store as a routable network. Called by
 * the data module's command line and by jobs.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The file is read and checked before the database is touched; a file that cannot be read
 *       raises {@link org.civgis.geo.network.osm.OsmFormatException} (or an unchecked I/O error)
 *       and nothing is written.
 *   <li>The network, its nodes and edges are written in one transaction; with {@code replace}, a
 *       network of the same name is removed in that transaction (the new one gets a new id), so
 *       readers see the old network or the new one, never a mix.
 *   <li>Without {@code replace}, an existing name is refused with a {@link
 *       org.springframework.dao.DataIntegrityViolationException}.
 * </ol>
 */
public final class OsmNetworkImport {
  private final RoadNetworkRepository networks;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public OsmNetworkImport(DataSource dataSource) {
    this.networks = new RoadNetworkRepository(dataSource);
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /**
   * Reads {@code file} and stores it as the network {@code name}.
   *
   * @param importedBy who started the import (a user name), or {@code null}
   * @return the stored network
   */
  public StoredNetwork importFile(Path file, String name, String importedBy, boolean replace) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a network needs a name");
    }
    ImportedNetwork imported = WalkingNetworkReader.read(file);
    return store(imported, name, file.getFileName().toString(), importedBy, replace);
  }

  /** Stores an already read network; see {@link #importFile}. */
  public StoredNetwork store(
      ImportedNetwork imported, String name, String source, String importedBy, boolean replace) {
    long id =
        transaction.execute(
            status -> {
              if (replace) {
                networks.findByName(name).ifPresent(old -> networks.delete(old.id()));
              }
              long saved = networks.save(name, source, imported);
              jdbc.sql("update gazetteer.road_network set imported_by = :by where id = :id")
                  .param("by", importedBy)
                  .param("id", saved)
                  .update();
              return saved;
            });
    return networks.find(id).orElseThrow();
  }
}
