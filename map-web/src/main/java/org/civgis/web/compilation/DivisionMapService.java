package org.civgis.web.compilation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.gazetteer.compilation.DictionaryEntry;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;

/**
 * Gathers what the division map of a prefecture or a county shows from the division history as of a
 * day ({@link DivisionQuery#asOf}): the division and the counties and townships under it with their
 * polygons, the counties around it as neighbours, and the township seats at the positions the
 * place-name library gives the townships' names (the dictionary's entries).
 */
@Service
class DivisionMapService {
  private static final GeometryFactory LON_LAT = new GeometryFactory();

  private final DivisionRepository divisions;

  DivisionMapService(DivisionRepository divisions) {
    this.divisions = divisions;
  }

  /**
   * The maps a book of {@code division} carries as plates: the division's own and, for a
   * prefecture, each county's; those without a polygon are left out.
   */
  List<DivisionMap> plates(Division division, LocalDate day, List<DictionaryEntry> entries) {
    List<Division> of = new ArrayList<>();
    of.add(division);
    if (division.level() == DivisionLevel.PREFECTURE) {
      of.addAll(
          divisions.find(
              DivisionQuery.asOf(day, 1_000)
                  .withParent(division.code())
                  .withLevel(DivisionLevel.COUNTY)));
    }
    List<DivisionMap> out = new ArrayList<>();
    for (Division d : of) {
      if (d.geometry() != null && !d.geometry().isEmpty()) {
        out.add(map(d, day, entries, null));
      }
    }
    return out;
  }

  /**
   * The map of {@code division} on {@code day}.
   *
   * @param entries the dictionary's entries under the division on the day (the township names'
   *     positions are the seats)
   * @param reviewNumber the 审图号, or {@code null}
   * @throws IllegalArgumentException when the division has no polygon on the day
   */
  DivisionMap map(
      Division division, LocalDate day, List<DictionaryEntry> entries, String reviewNumber) {
    if (division.geometry() == null || division.geometry().isEmpty()) {
      throw new IllegalArgumentException(division.name() + " 在 " + day + " 没有界线，无法制图");
    }
    String prefix = division.code().substring(0, division.level().significantDigits());
    Geometry own = division.geometry();
    GaussKrugerProjection projection =
        GaussKrugerProjection.of(
            GaussKrugerZone.forLongitude(own.getEnvelopeInternal().centre().x));
    Envelope around = new Envelope(own.getEnvelopeInternal());
    around.expandBy(around.getWidth() * 0.6 + 0.05, around.getHeight() * 0.6 + 0.05);
    List<Division> found = divisions.find(DivisionQuery.asOf(day, 20_000).withBbox(around));

    List<DivisionMap.Area> areas = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Division d : found) {
      int level = d.level().number();
      if (d.geometry() == null || level < 2 || level > 4) {
        continue;
      }
      boolean under = d.code().startsWith(prefix);
      DivisionMap.Role role;
      if (level == 2) {
        role = d.contains(division.code()) ? DivisionMap.Role.SUBJECT : DivisionMap.Role.NEIGHBOUR;
      } else if (under) {
        role = DivisionMap.Role.SUBJECT;
      } else if (level == 3) {
        role = DivisionMap.Role.NEIGHBOUR;
      } else {
        continue; // the townships of neighbours are not drawn
      }
      boolean schematic = d.remarks() != null && d.remarks().contains("示意");
      areas.add(
          new DivisionMap.Area(
              d.code(), d.name(), level, role, projection.toZone(d.geometry()), schematic));
      if (d.source() != null) {
        sources.add(d.source());
      }
    }
    areas.sort(
        Comparator.comparing((DivisionMap.Area a) -> a.role() == DivisionMap.Role.SUBJECT)
            .thenComparing(DivisionMap.Area::code));

    List<DivisionMap.Seat> seats = new ArrayList<>();
    for (DictionaryEntry e : entries) {
      String code = e.divisionCode();
      if (!e.isDivision()
          || !code.startsWith(prefix)
          || !code.endsWith("000")
          || code.substring(6, 9).equals("000")
          || !e.hasPosition()) {
        continue; // only the townships' own names, where the library places them
      }
      double lon = e.lon();
      double lat = e.lat();
      Point p = LON_LAT.createPoint(new Coordinate(lon, lat));
      Point zone = (Point) projection.toZone(p);
      seats.add(
          new DivisionMap.Seat(
              code, e.standardName(), lon, lat, zone.getX(), zone.getY(), e.positionGenerated()));
    }
    seats.sort(Comparator.comparing(DivisionMap.Seat::code));
    return new DivisionMap(
        division.code(),
        division.name(),
        day,
        projection,
        areas,
        seats,
        List.copyOf(sources),
        division.name() + "民政局",
        reviewNumber);
  }
}
