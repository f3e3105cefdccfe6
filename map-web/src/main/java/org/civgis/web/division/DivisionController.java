package org.civgis.web.division;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCensus;
import org.civgis.boundary.division.DivisionCensusRepository;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.geo.geom.LabelPoint;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.web.config.CivgisProperties;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
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

  /** More divisions of one level than a map of divisions draws. */
  private static final int MAX_LABELS = 5000;

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
   * The names, label points and bounding boxes of the divisions of {@code level} (repeatable or
   * comma-separated; default 2 and 3, the levels the map of divisions draws) valid on {@code date}
   * (default today): what the map and the name directories need besides the tiles; without a
   * geometry, no label point and box. Drafts for officers only. Answered with an ETag of its
   * content and {@code Cache-Control: no-cache}, so a repeat visit costs a 304.
   */
  @GetMapping("/api/divisions/labels")
  ResponseEntity<DivisionLabels> labels(
      @RequestParam(required = false) List<String> level,
      @RequestParam(required = false) String date) {
    LocalDate day = day(date);
    boolean drafts = Actor.current().seesDrafts();
    List<DivisionLabels.Label> labels = new ArrayList<>();
    for (DivisionLevel wanted : levels(level)) {
      DivisionQuery query =
          DivisionQuery.asOf(day, MAX_LABELS).withLevel(wanted).withDrafts(drafts);
      for (var version : divisions.findVersions(query)) {
        Division division = version.division();
        List<Double> labelPoint = null;
        List<Double> bbox = null;
        if (division.geometry() != null) {
          Point label = LabelPoint.of(division.geometry());
          Envelope box = division.geometry().getEnvelopeInternal();
          labelPoint = List.of(round6(label.getX()), round6(label.getY()));
          bbox =
              List.of(
                  floor6(box.getMinX()),
                  floor6(box.getMinY()),
                  ceil6(box.getMaxX()),
                  ceil6(box.getMaxY()));
        }
        labels.add(
            new DivisionLabels.Label(
                division.code(),
                division.name(),
                division.level().number(),
                division.parentCode(),
                division.status().name(),
                labelPoint,
                bbox));
      }
    }
    labels.sort(Comparator.comparing(DivisionLabels.Label::code));
    CacheControl cache = CacheControl.noCache();
    return ResponseEntity.ok()
        .cacheControl(drafts ? cache.cachePrivate() : cache)
        .eTag(etag(labels))
        .body(new DivisionLabels(labels));
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

  private static Set<DivisionLevel> levels(List<String> values) {
    Set<DivisionLevel> levels = new TreeSet<>();
    if (values == null || values.isEmpty()) {
      levels.add(DivisionLevel.ofNumber(2));
      levels.add(DivisionLevel.ofNumber(3));
      return levels;
    }
    for (String value : values) {
      for (String part : value.split(",")) {
        try {
          levels.add(DivisionLevel.ofNumber(Integer.parseInt(part.trim())));
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException("level", "须为 1 至 5 的级别，收到 \"" + part + "\"");
        }
      }
    }
    return levels;
  }

  /** A weak ETag of the labels' content: the same on every instance for the same records. */
  private static String etag(List<DivisionLabels.Label> labels) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (DivisionLabels.Label label : labels) {
        digest.update(label.toString().getBytes(StandardCharsets.UTF_8));
      }
      return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round6(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static double floor6(double degrees) {
    return Math.floor(degrees * 1e6) / 1e6;
  }

  private static double ceil6(double degrees) {
    return Math.ceil(degrees * 1e6) / 1e6;
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
