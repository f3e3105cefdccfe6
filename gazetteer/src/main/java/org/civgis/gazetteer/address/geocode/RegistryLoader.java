package org.civgis.gazetteer.address.geocode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Division;
import org.civgis.gazetteer.address.geocode.RegistryIndex.DivisionLevel;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Road;
import org.civgis.geo.geom.Ewkb;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the address library from the {@code gazetteer} schema into a {@link RegistryIndex}: the
 * standard names of the divisions (current versions), the roads (城镇街巷, category 0801) with the
 * names they had before a renaming, and every current address. Reads only.
 */
public final class RegistryLoader {
  private final JdbcClient jdbc;
  private final AddressRepository addresses;

  public RegistryLoader(JdbcClient jdbc, AddressRepository addresses) {
    this.jdbc = jdbc;
    this.addresses = addresses;
  }

  /** A new index of the library as it stands. */
  public RegistryIndex load() {
    List<Division> divisions =
        jdbc.sql(
                """
                select division_code, standard_name,
                       ST_X(ST_PointOnSurface(geom)) as x, ST_Y(ST_PointOnSurface(geom)) as y
                  from gazetteer.place_name
                 where division_code is not null and code = division_code
                   and status in ('ANNOUNCED', 'FILED') and upper_inf(valid)
                 order by division_code
                """)
            .query(
                (rs, row) -> {
                  String code = rs.getString(1);
                  double x = rs.getDouble(3);
                  boolean noPoint = rs.wasNull();
                  return new Division(
                      code,
                      rs.getString(2),
                      level(code),
                      noPoint
                          ? null
                          : RegistryIndex.FACTORY.createPoint(new Coordinate(x, rs.getDouble(4))));
                })
            .list();
    Map<String, List<String>> formerNames = new HashMap<>();
    jdbc.sql(
            """
            select code, standard_name from gazetteer.place_name
             where category_code = '0801' and status in ('RENAMED', 'RETIRED')
             order by lower(valid) nulls first, id
            """)
        .query(
            (rs, row) ->
                formerNames
                    .computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                    .add(rs.getString(2)))
        .list();
    Map<String, Road> roads = new LinkedHashMap<>();
    jdbc.sql(
            """
            select code, standard_name, division_code, ST_AsEWKB(geom), romanization
              from gazetteer.place_name
             where category_code = '0801' and status in ('ANNOUNCED', 'FILED')
               and upper_inf(valid) and geom is not null
               and GeometryType(geom) in ('LINESTRING', 'MULTILINESTRING')
             order by code
            """)
        .query(
            (rs, row) -> {
              String code = rs.getString(1);
              String division = rs.getString(3);
              Geometry g = Ewkb.read(rs.getBytes(4));
              LineString line =
                  g instanceof MultiLineString m ? (LineString) m.getGeometryN(0) : (LineString) g;
              return roads.put(
                  code,
                  new Road(
                      code,
                      rs.getString(2),
                      formerNames.getOrDefault(code, List.of()),
                      division == null ? null : division.substring(0, 6) + "000000",
                      line,
                      rs.getString(5)));
            })
        .list();
    return RegistryIndex.build(divisions, roads.values(), addresses.allCurrent());
  }

  static DivisionLevel level(String code) {
    if (code.substring(4).equals("00000000")) {
      return DivisionLevel.PREFECTURE;
    }
    if (code.substring(6).equals("000000")) {
      return DivisionLevel.COUNTY;
    }
    if (code.substring(9).equals("000")) {
      return DivisionLevel.TOWNSHIP;
    }
    return DivisionLevel.COMMUNITY;
  }
}
