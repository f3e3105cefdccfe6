package org.civgis.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Our Gauss-Krüger projection agrees with PostGIS (PROJ) to the millimetre. */
@PostgisTest
class GaussKrugerProjectionIT {
  private static final double[][] CHANGJI_POINTS = {
    {85.6, 44.3}, // western edge, zone 84 (EPSG:4537)
    {87.3, 44.0}, // 昌吉市, zone 87
    {88.4, 44.2}, // 阜康, east end of zone 87
    {89.6, 44.0}, // 奇台, zone 90
    {91.3, 43.9}, // 木垒 east end, zone 90
    {90.2, 45.4}, // the northern desert
  };

  @Test
  void agreesWithPostgisStTransform(TestDatabase database) throws Exception {
    GeometryFactory factory = new GeometryFactory();
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select ST_X(p), ST_Y(p) from"
                    + " (select ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4490), ?) as p) t")) {
      for (double[] lonLat : CHANGJI_POINTS) {
        GaussKrugerZone zone = GaussKrugerZone.forLongitude(lonLat[0]);
        Geometry point = factory.createPoint(new Coordinate(lonLat[0], lonLat[1]));
        Coordinate ours = GaussKrugerProjection.of(zone).toZone(point).getCoordinate();

        s.setDouble(1, lonLat[0]);
        s.setDouble(2, lonLat[1]);
        s.setInt(3, zone.epsg());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          assertThat(ours.x).as("easting of %s", lonLat).isCloseTo(rs.getDouble(1), within(0.001));
          assertThat(ours.y).as("northing of %s", lonLat).isCloseTo(rs.getDouble(2), within(0.001));
        }
      }
    }
  }
}
