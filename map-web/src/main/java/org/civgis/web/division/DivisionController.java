package org.civgis.web.division;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCensus;
import org.civgis.boundary.division.DivisionCensusRepository;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.web.config.CivgisProperties;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Division profiles for the map: names, area, census, and each division's history. */
@RestController
class DivisionController {
  /** The census the profiles show. */
  static final int CENSUS_YEAR = 2020;

  private static final int MAX_CHILDREN = 1000;

  private final DivisionRepository divisions;
  private final DivisionCensusRepository census;
  private final CivgisProperties properties;
  private final Clock clock;

  DivisionController(
      DivisionRepository divisions,
      DivisionCensusRepository census,
      CivgisProperties properties,
      Clock clock) {
    this.divisions = divisions;
    this.census = census;
    this.properties = properties;
    this.clock = clock;
  }

  /** The division {@code code} as on {@code date} (default today). */
  @GetMapping("/api/divisions/{code}")
  DivisionProfile profile(@PathVariable String code, @RequestParam(required = false) String date) {
    String fullCode = fullCode(code);
    LocalDate day = day(date);
    Division division =
        divisions
            .findByCode(fullCode, day)
            .orElseThrow(() -> new NotFoundException(day + " 没有区划代码为 " + fullCode + " 的区划"));
    DivisionProfile.DivisionRef parent =
        Optional.ofNullable(division.parentCode())
            .flatMap(p -> divisions.findByCode(p, day))
            .map(p -> new DivisionProfile.DivisionRef(p.code(), p.name()))
            .orElse(null);
    Double areaKm2 = null;
    DivisionProfile.AreaZone zone = null;
    if (division.geometry() != null) {
      MetricMeasure measure = MetricMeasure.of(division.geometry());
      areaKm2 = measure.areaSquareKilometers();
      zone =
          new DivisionProfile.AreaZone(
              measure.zone().epsg(), measure.zone().centralMeridianDegrees());
    }
    String home = properties.homeDivision();
    boolean inHome =
        division.code().equals(home)
            || divisions.findByCode(home, day).map(h -> h.contains(division.code())).orElse(false);
    return new DivisionProfile(
        division.code(),
        division.name(),
        division.level().number(),
        division.level().chineseName(),
        parent,
        division.validFrom(),
        division.validTo(),
        areaKm2,
        zone,
        census(division, day),
        inHome);
  }

  /**
   * The versions of division {@code code} (drafts only for officers) and the changes that involve
   * it, oldest first; 404 when there is neither.
   */
  @GetMapping("/api/divisions/{code}/history")
  DivisionHistory history(@PathVariable String code) {
    String fullCode = fullCode(code);
    boolean drafts = Actor.current().seesDrafts();
    List<DivisionHistory.Version> versions =
        divisions.history(fullCode).stream()
            .filter(v -> drafts || v.status() == RecordStatus.PUBLISHED)
            .map(this::version)
            .toList();
    List<DivisionHistory.Change> changes =
        divisions.changesOf(fullCode).stream().map(this::change).toList();
    if (versions.isEmpty() && changes.isEmpty()) {
      throw new NotFoundException("没有区划代码为 " + fullCode + " 的区划记录");
    }
    return new DivisionHistory(fullCode, versions, changes);
  }

  private DivisionHistory.Version version(Division version) {
    LocalDate day =
        version.validFrom() != null
            ? version.validFrom()
            : version.validTo() != null ? version.validTo().minusDays(1) : LocalDate.now(clock);
    return new DivisionHistory.Version(
        version.name(),
        version.level().chineseName(),
        version.parentCode() == null ? null : ref(version.parentCode(), day),
        version.validFrom(),
        version.validTo(),
        version.source(),
        version.status().name());
  }

  private DivisionHistory.Change change(DivisionChange change) {
    LocalDate day = change.effectiveDate();
    return new DivisionHistory.Change(
        change.kind().name(),
        day,
        change.effectiveDateNote(),
        change.fromCodes().stream().map(c -> ref(c, day.minusDays(1))).toList(),
        change.toCodes().stream().map(c -> ref(c, day)).toList(),
        change.description(),
        change.source());
  }

  /** The division {@code code} with its name on {@code day}; without a name when it had none. */
  private DivisionProfile.DivisionRef ref(String code, LocalDate day) {
    return new DivisionProfile.DivisionRef(
        code, divisions.findByCode(code, day).map(Division::name).orElse(null));
  }

  private static String fullCode(String code) {
    try {
      return DivisionCode.normalize(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("code", "须为 6 位或 12 位区划代码，收到 \"" + code + "\"");
    }
  }

  /** The division's own figures, or else the sum of its children's when they all have some. */
  private DivisionProfile.CensusSummary census(Division division, LocalDate day) {
    Optional<DivisionCensus> own = census.find(division.code(), CENSUS_YEAR);
    if (own.isPresent()) {
      return summary(own.get(), false);
    }
    List<String> children =
        divisions.find(DivisionQuery.asOf(day, MAX_CHILDREN).withParent(division.code())).stream()
            .map(Division::code)
            .toList();
    List<DivisionCensus> parts = census.findAll(children, CENSUS_YEAR);
    if (children.isEmpty() || parts.size() != children.size()) {
      return null;
    }
    return summary(DivisionCensus.combine(division.code(), parts), true);
  }

  private static DivisionProfile.CensusSummary summary(DivisionCensus figures, boolean aggregated) {
    return new DivisionProfile.CensusSummary(
        figures.censusYear(),
        figures.residentPopulation(),
        figures.shareAged(60),
        figures.shareAged(65),
        figures.shareAged(80),
        figures.urbanShare(),
        figures.ethnicMinorityShare(),
        figures.sexRatio(),
        aggregated);
  }

  private LocalDate day(String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(date.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("date", "须为日期，例如 2023-06-30，收到 \"" + date + "\"");
    }
  }
}
