package org.civgis.web.division;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Geometry edits and clean-up for the division history tests. */
final class DivisionTesting {
  private DivisionTesting() {}

  static Geometry geometry(JsonNode feature) {
    try {
      return GeoJsonGeometry.read(feature.path("geometry").toString(), Srid.CGCS2000);
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An inward move of the middle of the longest run of vertices {@code edited} shares with {@code
   * neighbour}: the moved vertices go part of the way towards {@code inside}; the run's ends stay.
   *
   * @param moved filled with the old positions of the vertices moved
   */
  static MultiPolygon inwardEdit(
      Geometry edited, Geometry neighbour, Coordinate inside, List<Coordinate> moved) {
    Set<Coordinate> shared = new HashSet<>(List.of(neighbour.getCoordinates()));
    int part = 0;
    for (int p = 1; p < edited.getNumGeometries(); p++) {
      if (edited.getGeometryN(p).getArea() > edited.getGeometryN(part).getArea()) {
        part = p;
      }
    }
    Polygon polygon = (Polygon) edited.getGeometryN(part);
    Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
    int m = ring.length - 1;
    int bestStart = -1;
    int bestLength = 0;
    for (int start = 0; start < m; start++) {
      if (!shared.contains(ring[start]) || shared.contains(ring[Math.floorMod(start - 1, m)])) {
        continue;
      }
      int length = 0;
      while (length < m && shared.contains(ring[(start + length) % m])) {
        length++;
      }
      if (length > bestLength) {
        bestLength = length;
        bestStart = start;
      }
    }
    if (bestLength < 8) {
      throw new IllegalStateException("no shared run of at least 8 vertices");
    }
    GeometryFactory factory = edited.getFactory();
    org.locationtech.jts.geom.prep.PreparedGeometry prepared =
        org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(polygon);
    // a chord inside the polygon between two shared vertices replaces the run between them
    for (int length = Math.min(bestLength - 3, 400); length >= 4; length -= 7) {
      for (int offset = 1; offset + length < bestLength - 1; offset += 5) {
        int from = bestStart + offset;
        int to = from + length;
        Coordinate a = ring[from % m];
        Coordinate b = ring[to % m];
        if (!prepared.covers(factory.createLineString(new Coordinate[] {a, b}))) {
          continue;
        }
        List<Coordinate> next = new ArrayList<>();
        for (int k = 0; k <= from; k++) {
          next.add(ring[k % m].copy());
        }
        for (int t = 1; t <= 3; t++) {
          next.add(
              new Coordinate(
                  round7(a.x + (b.x - a.x) * t / 4.0), round7(a.y + (b.y - a.y) * t / 4.0)));
        }
        for (int k = to; k < m; k++) {
          next.add(ring[k].copy());
        }
        if (to >= m) {
          continue; // the run crosses the ring's start: skip, for simplicity
        }
        next.add(next.get(0).copy());
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
          holes[h] = polygon.getInteriorRingN(h);
        }
        Polygon[] parts = new Polygon[edited.getNumGeometries()];
        for (int p = 0; p < parts.length; p++) {
          parts[p] =
              p == part
                  ? factory.createPolygon(
                      factory.createLinearRing(next.toArray(Coordinate[]::new)), holes)
                  : (Polygon) edited.getGeometryN(p);
        }
        MultiPolygon candidate = factory.createMultiPolygon(parts);
        candidate.setSRID(Srid.CGCS2000);
        if (candidate.isValid()
            && edited.covers(candidate)
            && org.civgis.geo.geom.MetricMeasure.of(edited).areaSquareMeters()
                    - org.civgis.geo.geom.MetricMeasure.of(candidate).areaSquareMeters()
                > 2e6) {
          moved.clear();
          for (int k = from + 1; k < to; k++) {
            moved.add(ring[k % m]);
          }
          return candidate;
        }
      }
    }
    throw new IllegalStateException("no valid inward edit found");
  }

  private static double round7(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }

  /**
   * The rows of the divisions {@code codes} and of their boundary lines as they are, to put back
   * after a test that wrote dated versions (the demo database is shared by the tests).
   */
  record Snapshot(JdbcClient jdbc, List<String> codes, long lastChange) {
    static Snapshot take(JdbcClient jdbc, String... codes) {
      Snapshot s =
          new Snapshot(
              jdbc,
              List.of(codes),
              jdbc.sql("select coalesce(max(id), 0) from boundary.division_change")
                  .query(Long.class)
                  .single());
      jdbc.sql(
              "create table if not exists public.test_dv_snapshot as select * from"
                  + " boundary.division_version where false")
          .update();
      jdbc.sql(
              "create table if not exists public.test_bl_snapshot as select * from"
                  + " boundary.boundary_line where false")
          .update();
      jdbc.sql("delete from public.test_dv_snapshot").update();
      jdbc.sql("delete from public.test_bl_snapshot").update();
      jdbc.sql(
              "insert into public.test_dv_snapshot select * from boundary.division_version"
                  + " where code = any(:codes)")
          .param("codes", codes)
          .update();
      jdbc.sql(
              "insert into public.test_bl_snapshot select * from boundary.boundary_line"
                  + " where left_code = any(:codes) or right_code = any(:codes)")
          .param("codes", codes)
          .update();
      return s;
    }

    /** Puts the rows back: later versions deleted, the earlier ones as they were. */
    void restore() {
      String[] c = codes.toArray(String[]::new);
      jdbc.sql(
              "delete from boundary.division_version where code = any(:codes)"
                  + " and id not in (select id from public.test_dv_snapshot)")
          .param("codes", c)
          .update();
      jdbc.sql(
              """
              update boundary.division_version d
                 set name = s.name, valid = s.valid, geom = s.geom, source = s.source,
                     status = s.status, remarks = s.remarks, revision = s.revision
                from public.test_dv_snapshot s where d.id = s.id
              """)
          .update();
      jdbc.sql(
              "delete from boundary.boundary_line where (left_code = any(:codes) or right_code ="
                  + " any(:codes)) and id not in (select id from public.test_bl_snapshot)")
          .param("codes", c)
          .update();
      jdbc.sql(
              """
              update boundary.boundary_line l
                 set geom = s.geom, valid = s.valid, status = s.status, origin = s.origin,
                     source = s.source, remarks = s.remarks, revision = s.revision
                from public.test_bl_snapshot s where l.id = s.id
              """)
          .update();
      jdbc.sql("delete from boundary.division_change where id > :last")
          .param("last", lastChange)
          .update();
      jdbc.sql("drop table public.test_dv_snapshot").update();
      jdbc.sql("drop table public.test_bl_snapshot").update();
    }
  }
}
