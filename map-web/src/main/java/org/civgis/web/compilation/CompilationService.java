package org.civgis.web.compilation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCensus;
import org.civgis.boundary.division.DivisionCensusRepository;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.gazetteer.compilation.CompilationRepository;
import org.civgis.gazetteer.compilation.DictionaryCompiler;
import org.civgis.gazetteer.compilation.DivisionFacts;
import org.civgis.gazetteer.compilation.PlaceNameDictionary;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.geo.geom.LabelPoint;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.web.placename.DivisionPrefix;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Compiles the book of a division on a day, with the division facts the record holds. */
@Service
class CompilationService {
  static final int CENSUS_YEAR = 2020;

  private final DivisionRepository divisions;
  private final DivisionCensusRepository census;
  private final DictionaryCompiler compiler;

  CompilationService(
      DivisionRepository divisions, DivisionCensusRepository census, JdbcClient jdbc) {
    this.divisions = divisions;
    this.census = census;
    this.compiler =
        new DictionaryCompiler(new CompilationRepository(jdbc), PlaceNameRomanizer.standard());
  }

  /** A checked request: a prefecture or county that existed on the day. */
  record Scope(Division division, String prefix, LocalDate day) {}

  /** The scope of {@code division} (6 or 12 digits) on {@code day}; 400 naming the parameter. */
  Scope scope(String division, LocalDate day) {
    if (division == null || division.isBlank()) {
      throw new InvalidParameterException("division", "须给出州或县级区划代码");
    }
    String prefix = DivisionPrefix.of(division, "division");
    if (prefix.length() != 4 && prefix.length() != 6) {
      throw new InvalidParameterException("division", "须为州或县级区划代码，收到 \"" + division + "\"");
    }
    String code = (prefix + "000000000000").substring(0, 12);
    Division d =
        divisions
            .findByCode(code, day)
            .orElseThrow(
                () ->
                    new InvalidParameterException("division", "区划 " + code + " 在 " + day + " 不存在"));
    if (d.level() != DivisionLevel.PREFECTURE && d.level() != DivisionLevel.COUNTY) {
      throw new InvalidParameterException("division", "须为州或县级区划，" + d.name() + " 不是");
    }
    return new Scope(d, prefix, day);
  }

  /**
   * The divisions on the day that a book of {@code scope} names: its ancestors and all under it.
   */
  Map<String, DivisionFacts> facts(Scope scope) {
    List<Division> all = divisions.find(DivisionQuery.asOf(scope.day(), 100_000));
    Map<String, Division> byCode = new HashMap<>();
    all.forEach(d -> byCode.put(d.code(), d));
    Map<String, Long> population = new HashMap<>();
    List<String> countyCodes =
        all.stream()
            .filter(d -> d.code().startsWith(scope.prefix()) && d.level().number() <= 3)
            .map(Division::code)
            .toList();
    for (DivisionCensus c : census.findAll(countyCodes, CENSUS_YEAR)) {
      population.put(c.code(), c.residentPopulation());
    }
    Map<String, DivisionFacts> facts = new HashMap<>();
    for (Division d : all) {
      if (!d.code().startsWith(scope.prefix()) && !isAncestor(d, scope.division(), byCode)) {
        continue;
      }
      Double areaKm2 = null;
      double lon = Double.NaN;
      double lat = Double.NaN;
      // generated polygons (示意) are not the division's area: only a surveyed one is printed
      if (d.geometry() != null && (d.remarks() == null || !d.remarks().contains("示意"))) {
        areaKm2 = Math.round(MetricMeasure.of(d.geometry()).areaSquareKilometers() * 100) / 100.0;
        Point centre = LabelPoint.of(d.geometry());
        lon = centre.getX();
        lat = centre.getY();
      }
      Long people = population.get(d.code());
      facts.put(
          d.code(),
          new DivisionFacts(
              d.code(),
              d.name(),
              d.level().number(),
              d.parentCode(),
              areaKm2,
              people == null ? null : people.intValue(),
              lon,
              lat));
    }
    return facts;
  }

  private static boolean isAncestor(Division d, Division of, Map<String, Division> byCode) {
    String parent = of.parentCode();
    while (parent != null) {
      if (parent.equals(d.code())) {
        return true;
      }
      Division p = byCode.get(parent);
      parent = p == null ? null : p.parentCode();
    }
    return false;
  }

  /** The book of {@code scope}. */
  PlaceNameDictionary compile(Scope scope, Map<String, DivisionFacts> facts) {
    return compiler.compile(scope.division().code(), scope.prefix(), scope.day(), facts);
  }
}
