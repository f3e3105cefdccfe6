package org.civgis.boundary.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.geom.LonLatCheck;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.Finding;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.Severity;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports the geometries of divisions from a surveyor's file: read by {@code ogr2ogr}, staged,
 * validated, checked, then published, all in the caller's transaction (see the package contract).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Each feature names its division by {@code code} (6 or 12 digits; DXF: the layer name) and
 *       may give its {@code name}; the division must exist on the effective day, once in the file.
 *       The parts of one code in a DXF file (one HATCH per polygon) are joined.
 *   <li>Every feature must be polygonal, inside China's lon/lat range after the transformation (a
 *       wrongly declared CRS lands elsewhere) and valid, unless a repair is asked for.
 *   <li>The file's geometries replace those of their divisions in the coverage valid on the day;
 *       any error finding of the topology check that involves one of them refuses the import.
 *   <li>An accepted import gives a new version from the effective day to every division whose
 *       geometry differs (at the data's 1e-7° grid) and recomputes the boundary lines around them.
 * </ol>
 *
 * <p>Known limitations: divisions only (no markers); an import never renames, moves or creates
 * divisions: that is what division changes do.
 */
public final class DivisionImport {
  private static final int MAX_DIVISIONS = 1_000_000;
  private static final Pattern EPSG = Pattern.compile("EPSG:[0-9]{4,6}");
  private static final List<String> CODE_FIELDS = List.of("code", "layer", "行政区划代码", "qhdm");
  private static final List<String> NAME_FIELDS = List.of("name", "名称", "qhmc", "current_name");

  private final JdbcClient jdbc;
  private final DivisionRepository divisions;
  private final BoundaryLines lines;
  private final Ogr ogr;
  private final CheckTolerances tolerances;

  public DivisionImport(
      JdbcClient jdbc,
      DivisionRepository divisions,
      BoundaryLines lines,
      Ogr ogr,
      CheckTolerances tolerances) {
    this.jdbc = jdbc;
    this.divisions = divisions;
    this.lines = lines;
    this.ogr = ogr;
    this.tolerances = tolerances;
  }

  /**
   * Runs {@code request} in the caller's transaction: the report of an accepted import, or an
   * {@link ImportRejectedException} with the report of every problem (the caller rolls back).
   */
  public ImportReport run(ImportRequest request, CheckProgress progress) {
    Prepared prepared = prepare(request, progress, false);
    return publish(prepared, progress);
  }

  /**
   * Stages {@code request} in the caller's transaction for the user to look at: read, validated and
   * checked like {@link #run}, but not published. The batch and its features stay (status {@code
   * STAGED}) with the report, also when it has problems (the report's status is then {@code
   * REJECTED}, with the batch), until {@link #publishStaged} or {@link #discard}; an {@link
   * ImportRejectedException} only when nothing could be read (format, CRS, an unreadable file).
   */
  public ImportReport stage(ImportRequest request, CheckProgress progress) {
    Prepared prepared = prepare(request, progress, true);
    Report report = prepared.report;
    if (!report.hasProblems()) {
      for (FileFeature f : prepared.features) {
        Geometry before = prepared.valid.get(f.code).geometry();
        if (before == null || !sameShape(before, multiPolygon(f.geometry))) {
          report.changed.add(f.code);
        } else {
          report.unchanged.add(f.code);
        }
      }
    }
    report.status = report.hasProblems() ? "REJECTED" : "STAGED";
    report.batchId = prepared.batchId;
    ImportReport staged = report.build();
    jdbc.sql("update boundary.import_batch set report = cast(:report as jsonb) where id = :id")
        .param("report", ReportJson.write(staged))
        .param("id", prepared.batchId)
        .update();
    progress.update(1, staged.publishable() ? "已暂存，待确认" : "已暂存，存在问题");
    return staged;
  }

  /** A staged import as stored: who staged it and its report's status. */
  public record StagedBatch(long id, String status, String reportStatus, String createdBy) {
    /** Whether it is staged without problems and may be published. */
    public boolean publishable() {
      return "STAGED".equals(status) && "STAGED".equals(reportStatus);
    }
  }

  /** The import record {@code batchId}, if there is one. */
  public Optional<StagedBatch> findBatch(long batchId) {
    return jdbc.sql(
            "select id, status, report->>'status' as report_status, created_by"
                + " from boundary.import_batch where id = :id")
        .param("id", batchId)
        .query(
            (rs, n) ->
                new StagedBatch(
                    rs.getLong("id"),
                    rs.getString("status"),
                    rs.getString("report_status"),
                    rs.getString("created_by")))
        .optional();
  }

  /** The stored report of import {@code batchId} (JSON), if there is one. */
  public Optional<String> reportJson(long batchId) {
    return jdbc.sql("select report::text from boundary.import_batch where id = :id")
        .param("id", batchId)
        .query(String.class)
        .optional();
  }

  /** A staged feature: its number in the file, code and name as the file gives them, geometry. */
  public record StagedFeature(
      int number, String code, String name, Geometry geometry, boolean repaired) {}

  /** The features of import {@code batchId} as staged (repairs applied), in the file's order. */
  public List<StagedFeature> stagedFeatures(long batchId) {
    return jdbc.sql(
            """
            select feature_no, properties::text as properties, ST_AsEWKB(geom) as geom, repaired
              from boundary.import_feature where batch_id = :id order by feature_no
            """)
        .param("id", batchId)
        .query(
            (rs, n) -> {
              Map<String, Object> properties = StagedGeoJson.properties(rs.getString("properties"));
              byte[] wkb = rs.getBytes("geom");
              Geometry geometry = wkb == null ? null : Ewkb.read(wkb);
              if (geometry != null) {
                geometry.setSRID(Srid.CGCS2000);
              }
              return new StagedFeature(
                  rs.getInt("feature_no"),
                  field(properties, CODE_FIELDS),
                  field(properties, NAME_FIELDS),
                  geometry,
                  rs.getBoolean("repaired"));
            })
        .list();
  }

  /**
   * Publishes staged import {@code batchId} in the caller's transaction: its features are validated
   * and checked again against the divisions valid on its effective day now (they may have changed
   * since it was staged) and published like {@link #run}; an {@link ImportRejectedException} with
   * every problem otherwise (the caller rolls back, the batch stays staged).
   *
   * @throws IllegalStateException when the batch is not staged without problems
   */
  public ImportReport publishStaged(long batchId, CheckProgress progress) {
    List<Map<String, Object>> rows =
        jdbc.sql(
                """
                select file_name, format, source_crs, crs_declared, repair, created_by,
                       report->>'effective' as effective
                  from boundary.import_batch
                 where id = :id and status = 'STAGED' and report->>'status' = 'STAGED'
                   for update
                """)
            .param("id", batchId)
            .query()
            .listOfRows();
    if (rows.isEmpty()) {
      throw new IllegalStateException("import " + batchId + " is not staged without problems");
    }
    Map<String, Object> batch = rows.get(0);
    ImportRequest request =
        new ImportRequest(
            null,
            (String) batch.get("file_name"),
            SurveyFormat.valueOf((String) batch.get("format")),
            null,
            LocalDate.parse((String) batch.get("effective")),
            (Boolean) batch.get("repair"),
            (String) batch.get("created_by"));
    Report report = new Report(request);
    report.format = request.format().name();
    report.sourceCrs = (String) batch.get("source_crs");
    report.crsDeclared = (Boolean) batch.get("crs_declared");
    List<FileFeature> features = new ArrayList<>();
    for (StagedFeature f : stagedFeatures(batchId)) {
      features.add(new FileFeature(f.number(), f.code(), f.name(), Map.of(), f.geometry()));
    }
    report.features = features.size();
    progress.update(0.1, "校验要素");
    Prepared prepared = new Prepared(report, batchId, features, validOn(request.effective()));
    validate(features, prepared.valid, report);
    for (FileFeature f : features) {
      if (f.invalid != null) {
        report.problem(f.number, f.code, "geometry", f.invalid);
      }
    }
    if (report.hasProblems()) {
      throw report.rejected();
    }
    progress.update(0.3, "拓扑检查");
    check(features, prepared.valid, report, progress);
    if (report.hasProblems()) {
      throw report.rejected();
    }
    return publish(prepared, progress);
  }

  /** Discards staged import {@code batchId} with its features; false when it is not staged. */
  public boolean discard(long batchId) {
    return jdbc.sql("delete from boundary.import_batch where id = :id and status = 'STAGED'")
            .param("id", batchId)
            .update()
        == 1;
  }

  /** The file read, staged, validated and checked; problems in the report. */
  private record Prepared(
      Report report, long batchId, List<FileFeature> features, Map<String, Division> valid) {}

  /**
   * Reads, stages, validates and checks {@code request}. With {@code keep}, problems found once the
   * features are staged stay in the report (for {@link #stage}); otherwise they throw.
   */
  private Prepared prepare(ImportRequest request, CheckProgress progress, boolean keep) {
    Report report = new Report(request);
    SurveyFormat format =
        request.format() != null
            ? request.format()
            : SurveyFormat.ofFileName(request.fileName()).orElse(null);
    if (format == null) {
      throw report.reject(
          null, null, "file", "不支持的文件格式：可导入 GeoJSON、Shapefile（zip）、GeoPackage、KML、DXF、CSV（WKT 列）");
    }
    report.format = format.name();
    if (request.effective() == null) {
      throw report.reject(null, null, "effective", "须给出生效日期");
    }
    progress.update(0.05, "识别坐标系");
    String crs = sourceCrs(request, format, report);
    progress.update(0.1, "读取文件");
    List<FileFeature> features = read(request, format, crs, report);
    report.features = features.size();
    if (report.hasProblems() && (!keep || features.isEmpty())) {
      throw report.rejected();
    }

    long batchId = stage(request, format, report, features);
    Prepared prepared = new Prepared(report, batchId, features, validOn(request.effective()));
    if (report.hasProblems()) {
      return prepared;
    }
    progress.update(0.3, "校验要素");
    validate(features, prepared.valid, report);
    if (request.repair()) {
      repair(batchId, features, report);
    } else {
      for (FileFeature f : features) {
        if (f.invalid != null) {
          report.problem(f.number, f.code, "geometry", f.invalid + "；可选择修复（MakeValid）后导入");
        }
      }
    }
    if (report.hasProblems()) {
      if (keep) {
        return prepared;
      }
      throw report.rejected();
    }

    progress.update(0.5, "拓扑检查");
    check(features, prepared.valid, report, progress);
    if (report.hasProblems() && !keep) {
      throw report.rejected();
    }
    return prepared;
  }

  private Map<String, Division> validOn(LocalDate day) {
    Map<String, Division> valid = new LinkedHashMap<>();
    for (Division d : divisions.find(DivisionQuery.asOf(day, MAX_DIVISIONS))) {
      valid.put(d.code(), d);
    }
    return valid;
  }

  /** Publishes what {@link #prepare} checked and records the batch as published. */
  private ImportReport publish(Prepared prepared, CheckProgress progress) {
    Report report = prepared.report;
    progress.update(0.85, "发布");
    publish(prepared.batchId, report.request, prepared.features, prepared.valid, report);
    report.status = "ACCEPTED";
    report.batchId = prepared.batchId;
    ImportReport done = report.build();
    jdbc.sql(
            "update boundary.import_batch set status = 'PUBLISHED', published_at = now(),"
                + " report = cast(:report as jsonb) where id = :id")
        .param("report", ReportJson.write(done))
        .param("id", prepared.batchId)
        .update();
    progress.update(1, "导入完成");
    return done;
  }

  private String sourceCrs(ImportRequest request, SurveyFormat format, Report report) {
    String declared = request.declaredCrs() == null ? null : request.declaredCrs().strip();
    if (declared != null && declared.isEmpty()) {
      declared = null;
    }
    if (declared != null) {
      declared = declared.toUpperCase(Locale.ROOT);
      if (!EPSG.matcher(declared).matches()) {
        throw report.reject(
            null, null, "crs", "坐标系须写作 EPSG:代码，如 EPSG:4490、EPSG:4538，而不是 " + declared);
      }
    }
    Optional<String> inFile;
    try {
      inFile = format.carriesCrs() ? ogr.declaredCrs(request.file(), format) : Optional.empty();
    } catch (Ogr.OgrException e) {
      throw report.reject(null, null, "file", e.getMessage());
    }
    if (inFile.isPresent()) {
      if (declared != null && !declared.equals(inFile.get())) {
        throw report.reject(
            null, null, "crs", "文件声明的坐标系为 " + inFile.get() + "，与所填的 " + declared + " 不一致");
      }
      report.sourceCrs = inFile.get();
      return null;
    }
    if (declared == null) {
      throw report.reject(
          null,
          null,
          "crs",
          (format.carriesCrs() ? "文件未声明坐标系" : format.name() + " 文件不带坐标系")
              + "：须指明其坐标系（如 EPSG:4490、EPSG:4326、EPSG:4538）");
    }
    report.sourceCrs = declared;
    report.crsDeclared = true;
    return declared;
  }

  private List<FileFeature> read(
      ImportRequest request, SurveyFormat format, String crs, Report report) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("civgis-import");
      Path lonLat = dir.resolve("features.geojson");
      ogr.toLonLat(request.file(), format, crs, lonLat);
      List<FileFeature> features = new ArrayList<>();
      int number = 0;
      for (StagedGeoJson.Feature f : StagedGeoJson.read(lonLat)) {
        number++;
        String code = field(f.properties(), CODE_FIELDS);
        String name = format == SurveyFormat.DXF ? null : field(f.properties(), NAME_FIELDS);
        if (f.geometryProblem() != null) {
          report.problem(number, code, "geometry", f.geometryProblem());
        }
        features.add(new FileFeature(number, code, name, f.properties(), f.geometry()));
      }
      if (features.isEmpty()) {
        report.problem(null, null, "file", "文件中没有要素");
      }
      return format == SurveyFormat.DXF ? joinParts(features) : features;
    } catch (Ogr.OgrException e) {
      throw report.reject(null, null, "file", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Ogr.deleteTree(dir);
    }
  }

  /** DXF writes one HATCH per polygon: the features of one layer (code) are one division. */
  private static List<FileFeature> joinParts(List<FileFeature> parts) {
    Map<String, FileFeature> byCode = new LinkedHashMap<>();
    List<FileFeature> joined = new ArrayList<>();
    for (FileFeature part : parts) {
      FileFeature first = part.code == null ? null : byCode.get(part.code);
      if (first == null) {
        FileFeature f =
            new FileFeature(
                joined.size() + 1, part.code, part.name, part.properties, part.geometry);
        joined.add(f);
        if (part.code != null) {
          byCode.put(part.code, f);
        }
      } else if (part.geometry != null && first.geometry != null) {
        first.geometry =
            first.geometry.getFactory().buildGeometry(List.of(first.geometry, part.geometry));
        first.geometry.setSRID(Srid.CGCS2000);
      }
    }
    return joined;
  }

  private long stage(
      ImportRequest request, SurveyFormat format, Report report, List<FileFeature> features) {
    long batchId =
        jdbc.sql(
                """
                insert into boundary.import_batch
                  (target, format, file_name, file_sha256, source_crs, crs_declared, repair,
                   status, created_by)
                values ('divisions', :format, :fileName, :sha, :crs, :declared, :repair,
                   'STAGED', :by)
                returning id
                """)
            .param("format", format.name())
            .param("fileName", request.fileName())
            .param("sha", sha256(request.file()))
            .param("crs", report.sourceCrs)
            .param("declared", report.crsDeclared)
            .param("repair", request.repair())
            .param("by", request.recordedBy())
            .query(Long.class)
            .single();
    for (FileFeature f : features) {
      jdbc.sql(
              """
              insert into boundary.import_feature (batch_id, feature_no, properties, geom)
              values (:batch, :no, cast(:properties as jsonb),
                      ST_SetSRID(ST_GeomFromEWKB(cast(:geom as bytea)), 4490))
              """)
          .param("batch", batchId)
          .param("no", f.number)
          .param("properties", ReportJson.write(f.properties))
          .param("geom", f.geometry == null ? null : Ewkb.write(f.geometry))
          .update();
    }
    return batchId;
  }

  private static void validate(
      List<FileFeature> features, Map<String, Division> valid, Report report) {
    Set<String> seen = new LinkedHashSet<>();
    for (FileFeature f : features) {
      if (f.code == null || f.code.isBlank()) {
        report.problem(f.number, null, "code", "缺少区划代码（code 字段；DXF 为图层名）");
      } else {
        String code;
        try {
          code = DivisionCode.normalize(f.code.strip());
        } catch (IllegalArgumentException e) {
          report.problem(f.number, f.code, "code", "区划代码须为 6 位或 12 位数字：" + f.code);
          code = null;
        }
        if (code != null) {
          f.code = code;
          Division current = valid.get(code);
          if (current == null) {
            report.problem(f.number, code, "code", "生效日期当天没有代码为 " + code + " 的区划");
          } else if (f.name != null
              && !f.name.isBlank()
              && !f.name.strip().equals(current.name())) {
            report.warnings.add(
                "第 "
                    + f.number
                    + " 个要素的名称「"
                    + f.name.strip()
                    + "」与区划库中的「"
                    + current.name()
                    + "」不一致，按代码导入");
          }
          if (!seen.add(code)) {
            report.problem(f.number, code, "code", "区划代码 " + code + " 在文件中出现多次");
          }
        }
      }
      Geometry g = f.geometry;
      if (g == null || g.isEmpty()) {
        report.problem(f.number, f.code, "geometry", "没有几何");
        continue;
      }
      if (g.getDimension() != 2) {
        report.problem(
            f.number, f.code, "geometry", "几何须为面（Polygon/MultiPolygon），而不是 " + g.getGeometryType());
        continue;
      }
      if (!LonLatCheck.CHINA.contains(g.getEnvelopeInternal())) {
        report.problem(
            f.number, f.code, "geometry", "坐标超出中国范围：坐标系是否声明正确？范围 " + g.getEnvelopeInternal());
        continue;
      }
      TopologyValidationError error = new IsValidOp(g).getValidationError();
      if (error != null) {
        f.invalid =
            String.format(
                Locale.ROOT,
                "几何无效：%s，位置 (%.7f, %.7f)",
                error.getMessage(),
                error.getCoordinate().x,
                error.getCoordinate().y);
      }
    }
  }

  /** Repairs the invalid staged geometries with PostGIS ST_MakeValid and reports the change. */
  private void repair(long batchId, List<FileFeature> features, Report report) {
    for (FileFeature f : features) {
      if (f.invalid == null || f.geometry == null) {
        continue;
      }
      Geometry fixed =
          Ewkb.read(
              jdbc.sql(
                      """
                      update boundary.import_feature
                         set geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)),
                             repaired = true
                       where batch_id = :batch and feature_no = :no
                      returning ST_AsEWKB(geom)
                      """)
                  .param("batch", batchId)
                  .param("no", f.number)
                  .query(byte[].class)
                  .single());
      fixed.setSRID(Srid.CGCS2000);
      if (fixed.isEmpty()) {
        report.problem(f.number, f.code, "geometry", f.invalid + "；修复后不剩任何面");
        continue;
      }
      report.repairs.add(
          new ImportReport.Repair(
              f.number,
              f.code,
              f.invalid,
              MetricMeasure.of(f.geometry).areaSquareMeters(),
              MetricMeasure.of(fixed).areaSquareMeters(),
              f.geometry.getNumPoints(),
              fixed.getNumPoints(),
              PolygonExtracter.getPolygons(f.geometry).size(),
              PolygonExtracter.getPolygons(fixed).size()));
      f.geometry = fixed;
      f.invalid = null;
    }
  }

  /** The coverage of the parents of the file's divisions, with the file's geometries in it. */
  private void check(
      List<FileFeature> features,
      Map<String, Division> valid,
      Report report,
      CheckProgress progress) {
    Map<String, Geometry> imported = new LinkedHashMap<>();
    Set<String> parents = new LinkedHashSet<>();
    for (FileFeature f : features) {
      imported.put(f.code, f.geometry);
      parents.add(valid.get(f.code).parentCode());
    }
    List<CoverageUnit> units = new ArrayList<>();
    for (Division d : valid.values()) {
      if (parents.contains(d.code())) {
        units.add(new CoverageUnit(d.code(), null, d.geometry()));
      } else if (d.parentCode() != null && parents.contains(d.parentCode())) {
        units.add(
            new CoverageUnit(
                d.code(), d.parentCode(), imported.getOrDefault(d.code(), d.geometry())));
      }
    }
    List<Finding> findings =
        new CoverageCheck(tolerances)
            .run(units, (fraction, message) -> progress.update(0.5 + 0.3 * fraction, message));
    for (Finding finding : findings) {
      if (finding.type() == FindingType.INVALID_GEOMETRY
          && !imported.containsKey(finding.subjects().get(0))) {
        continue;
      }
      report.findings.add(
          new ImportReport.CheckFinding(
              finding.type().name(),
              finding.severity().name(),
              finding.subjects(),
              finding.measure(),
              finding.type().chineseName() + "：" + finding.detail()));
      boolean involvesFile = finding.subjects().stream().anyMatch(imported::containsKey);
      if (finding.severity() == Severity.ERROR && involvesFile) {
        report.problem(
            null,
            String.join(",", finding.subjects()),
            "topology",
            finding.type().chineseName()
                + (finding.measure() == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "（%.1f %s）",
                        finding.measure(),
                        finding.type().unit().chineseName()))
                + "："
                + finding.detail());
      }
    }
  }

  private void publish(
      long batchId,
      ImportRequest request,
      List<FileFeature> features,
      Map<String, Division> valid,
      Report report) {
    LocalDate day = request.effective();
    String source = "导入#" + batchId + " " + request.fileName();
    Set<String> parents = new LinkedHashSet<>();
    for (FileFeature f : features) {
      MultiPolygon next = multiPolygon(f.geometry);
      DivisionVersion current = divisions.findVersion(f.code, day, false).orElseThrow();
      Geometry before = current.division().geometry();
      if (before != null && sameShape(before, next)) {
        report.unchanged.add(f.code);
        continue;
      }
      Division d = current.division();
      if (day.equals(d.validFrom())) {
        divisions
            .update(
                current.id(), current.revision(), d.edited(d.name(), next, d.status(), d.remarks()))
            .orElseThrow(() -> moved(d));
      } else {
        if (!divisions.close(current.id(), current.revision(), day)) {
          throw moved(d);
        }
        divisions.insert(
            new Division(
                d.code(),
                d.name(),
                d.level(),
                d.parentCode(),
                day,
                null,
                next,
                source,
                d.status(),
                d.remarks()));
      }
      report.changed.add(f.code);
      report.published.add(f.code);
      parents.add(valid.get(f.code).parentCode());
    }
    for (String parent : parents) {
      BoundaryLines.Recomputation r = lines.recompute(day, parent, true, null, source);
      report.lines.addAll(r.created());
      report.lines.addAll(r.moved());
      report.lines.addAll(r.ended());
    }
  }

  private static java.util.ConcurrentModificationException moved(Division d) {
    return new java.util.ConcurrentModificationException(
        "区划 " + d.name() + "（" + d.code() + "）已被并发修改");
  }

  /** Equal at the data's grid of 1e-7°, whatever the start of the rings and the order of parts. */
  static boolean sameShape(Geometry a, Geometry b) {
    org.locationtech.jts.geom.PrecisionModel grid =
        new org.locationtech.jts.geom.PrecisionModel(1e7);
    Geometry x = org.locationtech.jts.precision.GeometryPrecisionReducer.reduce(a, grid);
    Geometry y = org.locationtech.jts.precision.GeometryPrecisionReducer.reduce(b, grid);
    x.normalize();
    y.normalize();
    return x.equalsExact(y);
  }

  private static MultiPolygon multiPolygon(Geometry g) {
    List<Polygon> polygons = new ArrayList<>();
    for (Object p : PolygonExtracter.getPolygons(g)) {
      polygons.add((Polygon) p);
    }
    MultiPolygon multi = g.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    multi.setSRID(Srid.CGCS2000);
    return multi;
  }

  private static String field(Map<String, Object> properties, List<String> names) {
    for (String name : names) {
      for (Map.Entry<String, Object> e : properties.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
          return e.getValue().toString();
        }
      }
    }
    return null;
  }

  private static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A feature of the file as read; code and geometry are normalised and repaired in place. */
  private static final class FileFeature {
    final int number;
    String code;
    final String name;
    final Map<String, Object> properties;
    Geometry geometry;
    String invalid;

    FileFeature(
        int number, String code, String name, Map<String, Object> properties, Geometry geometry) {
      this.number = number;
      this.code = code;
      this.name = name;
      this.properties = properties;
      this.geometry = geometry;
    }
  }

  /** The report as it grows. */
  private static final class Report {
    final ImportRequest request;
    String status = "REJECTED";
    Long batchId;
    String format;
    String sourceCrs;
    boolean crsDeclared;
    int features;
    final List<ImportReport.Problem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<ImportReport.Repair> repairs = new ArrayList<>();
    final List<ImportReport.CheckFinding> findings = new ArrayList<>();
    final List<String> changed = new ArrayList<>();
    final List<String> published = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<String> lines = new ArrayList<>();

    Report(ImportRequest request) {
      this.request = request;
    }

    void problem(Integer feature, String code, String field, String reason) {
      problems.add(new ImportReport.Problem(feature, code, field, reason));
    }

    boolean hasProblems() {
      return !problems.isEmpty();
    }

    ImportRejectedException reject(Integer feature, String code, String field, String reason) {
      problem(feature, code, field, reason);
      return rejected();
    }

    ImportRejectedException rejected() {
      status = "REJECTED";
      batchId = null;
      return new ImportRejectedException(build());
    }

    ImportReport build() {
      return new ImportReport(
          status,
          batchId,
          request.effective() == null ? null : request.effective().toString(),
          request.fileName(),
          format,
          sourceCrs,
          crsDeclared,
          features,
          List.copyOf(problems),
          List.copyOf(warnings),
          List.copyOf(repairs),
          List.copyOf(findings),
          List.copyOf(changed),
          List.copyOf(published),
          List.copyOf(unchanged),
          List.copyOf(lines));
    }
  }
}
