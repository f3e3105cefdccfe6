package org.civgis.data.changji;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.data.changji.urban.ChangjiUrban;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.gazetteer.placename.rules.DivisionPlaceName;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.LabelPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The demo place names: every division of the prefecture as a place name with its real name and
 * code, and the 2021 → 2023 changes as real history.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>One name per division version, in the order predecessors first: a renamed township's old
 *       name is RENAMED (valid until the change) and its new name supersedes it; a replaced unit's
 *       name is RETIRED and the new town's name supersedes it; everything else is FILED.
 *   <li>The prefecture and the counties have their real polygons. Townships and villages have no
 *       surveyed position in any open source: they get generated points inside their county
 *       (township seats spread over it, villages near their township), marked {@code
 *       geometryGenerated}. Generation is deterministic (seeded by the code). The urban streets of
 *       昌吉市 and their communities are placed at the label points of their generated polygons, also
 *       marked generated.
 *   <li>Categories follow the census classes: 地级/县级/乡级行政区 (0401–0403), 社区 (0501), 村 (0502).
 * </ol>
 */
public final class ChangjiPlaceNames {
  /** The sources of these rows; a reload replaces exactly them. */
  public static final List<String> SOURCES =
      List.of(ChangjiDataset.SOURCE_2023, ChangjiDataset.SOURCE_2021);

  private static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(), Srid.CGCS2000);
  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();

  private ChangjiPlaceNames() {}

  /**
   * A name to store, with the index (in the same list) of the name it supersedes, or -1.
   *
   * @param name the place name (id 0 until stored)
   * @param supersedes the position of its predecessor in the list, or -1
   */
  public record Entry(PlaceName name, int supersedes) {}

  /** The names of {@code dataset}, predecessors before their successors. */
  public static List<Entry> of(ChangjiDataset dataset) {
    Map<String, Division> countyOf = new HashMap<>();
    Map<String, Division> byCode = new LinkedHashMap<>();
    for (Division d : dataset.divisions()) {
      if (d.code().startsWith("6523") && d.validTo() == null) {
        byCode.put(d.code(), d);
      }
    }
    List<Division> ordered = new ArrayList<>();
    for (Division d : dataset.divisions()) {
      if (d.code().startsWith("6523") && d.level() != DivisionLevel.PROVINCE) {
        ordered.add(d);
      }
    }
    // versions that ended come first, so that their successors can point at them
    ordered.sort(
        java.util.Comparator.comparing((Division d) -> d.validTo() == null)
            .thenComparing(Division::code));

    Map<String, Point> townshipSeats = new HashMap<>();
    Map<String, Integer> indexOfEnded = new HashMap<>();
    Map<String, String> successorOf = new HashMap<>();
    Map<String, DivisionChange.Kind> changeOf = new HashMap<>();
    for (DivisionChange change : dataset.changes()) {
      for (String from : change.fromCodes()) {
        changeOf.put(from, change.kind());
        if (!change.toCodes().isEmpty()) {
          successorOf.put(from, change.toCodes().get(0));
        }
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Division d : ordered) {
      Division county = county(d, byCode);
      Geometry geometry = d.geometry();
      boolean generated = false;
      String source = d.source();
      if (ChangjiUrban.DIVISION_SOURCE.equals(d.source())) {
        // a generated polygon (示意): the name is placed at its label point
        generated = true;
        geometry = LabelPoint.of(geometry);
        source = ChangjiDataset.SOURCE_2023;
      } else if (geometry == null && county != null && county.geometry() != null) {
        generated = true;
        geometry = generatedPoint(d, county, townshipSeats);
      }
      NameStatus status = NameStatus.FILED;
      if (d.validTo() != null) {
        status =
            changeOf.get(d.code()) == DivisionChange.Kind.RENAME
                ? NameStatus.RENAMED
                : NameStatus.RETIRED;
      }
      int supersedes = -1;
      if (d.validTo() == null) {
        for (Map.Entry<String, String> s : successorOf.entrySet()) {
          if (s.getValue().equals(d.code()) && indexOfEnded.containsKey(s.getKey())) {
            supersedes = indexOfEnded.get(s.getKey());
          }
        }
      }
      DivisionPlaceName place = DivisionPlaceName.of(d.code(), d.name(), d.level().number());
      String category = place.category().code();
      // what the name means and where it comes from, only where a public source says so
      OriginCsv.Origin origin = d.validTo() == null ? dataset.origins().get(d.code()) : null;
      NameText text =
          new NameText(
              place.name(),
              null,
              null,
              null,
              List.of(),
              category,
              ROMANIZER.romanize(place.name()).pinyin(),
              null,
              null,
              null,
              origin == null ? null : origin.meaning(),
              origin == null ? null : origin.originWithSource(),
              null);
      PlaceName name =
          new PlaceName(
              0,
              0,
              d.code(),
              text,
              geometry,
              generated,
              d.code(),
              county == null ? List.of(d.code()) : List.of(county.code()),
              status,
              d.validFrom(),
              d.validTo(),
              null,
              null,
              source,
              "数据导入",
              null);
      if (d.validTo() != null) {
        indexOfEnded.put(d.code(), entries.size());
      }
      entries.add(new Entry(name, supersedes));
    }
    return entries;
  }

  private static Division county(Division d, Map<String, Division> byCode) {
    if (d.level() == DivisionLevel.PREFECTURE) {
      return d;
    }
    return byCode.get(d.code().substring(0, 6) + "000000");
  }

  /**
   * A point inside the county: a township seat spread over the county, a village within about 5 km
   * of its township's seat. Seeded by the code, so the same every load.
   */
  private static Point generatedPoint(Division d, Division county, Map<String, Point> seats) {
    PreparedGeometry inside = PreparedGeometryFactory.prepare(county.geometry());
    SplittableRandom random = new SplittableRandom(d.code().hashCode() * 31L + 7);
    Envelope area = county.geometry().getEnvelopeInternal();
    Point around = d.level() == DivisionLevel.VILLAGE ? seats.get(d.parentCode()) : null;
    for (int attempt = 0; attempt < 10_000; attempt++) {
      Coordinate c;
      if (around != null && attempt < 5_000) {
        c =
            new Coordinate(
                around.getX() + (random.nextDouble() - 0.5) * 0.12,
                around.getY() + (random.nextDouble() - 0.5) * 0.09);
      } else {
        c =
            new Coordinate(
                area.getMinX() + random.nextDouble() * area.getWidth(),
                area.getMinY() + random.nextDouble() * area.getHeight());
      }
      Point p = FACTORY.createPoint(new Coordinate(round(c.x), round(c.y)));
      if (inside.contains(p)) {
        if (d.level() == DivisionLevel.TOWNSHIP) {
          seats.put(d.code(), p);
        }
        return p;
      }
    }
    Point fallback = county.geometry().getInteriorPoint();
    fallback.setSRID(Srid.CGCS2000);
    return fallback;
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
