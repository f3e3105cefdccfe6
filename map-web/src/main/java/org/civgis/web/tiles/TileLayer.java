package org.civgis.web.tiles;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/** A layer of vector tiles; implementations are beans. See the package contract. */
public interface TileLayer {

  /** The layer id, the same as its OGC API collection's, e.g. {@code divisions}. */
  String id();

  /**
   * The collections whose changes invalidate its tiles: its own by default; a layer drawn from
   * several collections names them all.
   */
  default Set<String> collections() {
    return Set.of(id());
  }

  /** Chinese title. */
  String title();

  /** The first zoom level with tiles. */
  int minZoom();

  /** The last zoom level with tiles; clients scale its tiles beyond it. */
  int maxZoom();

  /** The feature properties in the tiles and their types ({@code String}, {@code Number}). */
  Map<String, String> fields();

  /**
   * The SQL that returns one row with one {@code bytea}, the MVT of tile {@code :z}/{@code
   * :x}/{@code :y} (integers, XYZ scheme), given also the named parameters of {@link #parameters}.
   */
  String sql();

  /** The SQL's further named parameters for a tile computed on {@code today}. */
  Map<String, Object> parameters(LocalDate today);

  /** The CRS84 extent of the features shown on {@code today}, or {@code null} when none. */
  Envelope extent(LocalDate today);
}
