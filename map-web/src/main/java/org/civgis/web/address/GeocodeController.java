package org.civgis.web.address;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.MatchLevel;
import org.civgis.web.job.Job;
import org.civgis.web.job.JobController;
import org.civgis.web.job.JobProgress;
import org.civgis.web.job.JobResult;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.tabular.TableException;
import org.civgis.web.tabular.TableUpload;
import org.civgis.web.tabular.TableUploads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Geocoding over HTTP: {@code GET /api/geocode?address=}, {@code POST /api/geocode/batch} with a
 * JSON list (answered at once, at most {@link #MAX_BATCH}) or with a CSV/XLSX file (a job whose
 * result is the file with the match columns; its summary lists the first {@value #UNMATCHED_LISTED}
 * unmatched rows with the reason), {@code GET /api/reverse?lon=&lat=}. An unmatched answer says why
 * ({@code reason}).
 */
@RestController
class GeocodeController {
  static final int MAX_BATCH = 10_000;
  static final int MAX_TEXT = 200;

  /** How many unmatched rows a batch summary lists with their reasons (all are in the file). */
  static final int UNMATCHED_LISTED = 100;

  private final AddressGeocoding geocoding;
  private final JobService jobs;
  private final TableUploads uploads;

  GeocodeController(AddressGeocoding geocoding, JobService jobs, TableUploads uploads) {
    this.geocoding = geocoding;
    this.jobs = jobs;
    this.uploads = uploads;
  }

  @GetMapping("/api/geocode")
  Map<String, Object> geocode(@RequestParam(required = false) String address) {
    if (address == null || address.isBlank()) {
      throw new InvalidParameterException("address", "请输入要匹配的地址");
    }
    if (address.length() > MAX_TEXT) {
      throw new InvalidParameterException("address", "不能超过 " + MAX_TEXT + " 个字符");
    }
    return GeocodeJson.of(geocoding.geocoder().geocode(address));
  }

  /** A JSON list of addresses, or {@code {"addresses": [...]}}: the results in the same order. */
  @PostMapping(path = "/api/geocode/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> batch(@RequestBody(required = false) Object body) {
    Object list = body instanceof Map<?, ?> m ? m.get("addresses") : body;
    if (!(list instanceof List<?> items)) {
      throw new InvalidParameterException("addresses", "须为地址（字符串）的列表");
    }
    if (items.size() > MAX_BATCH) {
      throw new InvalidParameterException("addresses", "一次最多 " + MAX_BATCH + " 条；更多请上传文件（批量匹配任务）");
    }
    Geocoder geocoder = geocoding.geocoder();
    List<Map<String, Object>> results = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof String text)) {
        throw new InvalidParameterException("addresses[" + i + "]", "须为字符串");
      }
      if (text.length() > MAX_TEXT) {
        throw new InvalidParameterException("addresses[" + i + "]", "不能超过 " + MAX_TEXT + " 个字符");
      }
      results.add(GeocodeJson.of(geocoder.geocode(text)));
    }
    return Map.of("results", results);
  }

  /**
   * A CSV or Excel file of addresses: a job (202) that matches every row and keeps the file of
   * results ({@code format} xlsx or csv; by default the input's own kind). The file is read before
   * the answer, within {@link BatchFile#LIMITS}: one that cannot be read or exceeds a limit is
   * refused with 400 naming the limit. The job reads the kept file again, so that a queued job
   * holds no table.
   */
  @PostMapping(path = "/api/geocode/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> batchFile(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String format) {
    if (file == null || file.isEmpty()) {
      throw new InvalidParameterException("file", "请选择要上传的 CSV 或 Excel 文件");
    }
    String name = file.getOriginalFilename() == null ? "addresses.csv" : file.getOriginalFilename();
    boolean excel;
    if (format == null || format.isBlank()) {
      excel = BatchFile.isExcel(name);
    } else if (format.equalsIgnoreCase("xlsx")) {
      excel = true;
    } else if (format.equalsIgnoreCase("csv")) {
      excel = false;
    } else {
      throw new InvalidParameterException("format", "须为 xlsx 或 csv");
    }
    TableUpload upload = uploads.receive(file, BatchFile.LIMITS);
    int rows;
    try {
      rows = BatchFile.of(uploads.read(upload)).rows.size();
    } catch (TableException e) {
      upload.delete();
      throw new InvalidParameterException("file", e.getMessage());
    } catch (RuntimeException e) {
      upload.delete();
      throw e;
    }
    String resultName = name.replaceFirst("\\.[^.]*$", "") + "-匹配结果." + (excel ? "xlsx" : "csv");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("file", name);
    parameters.put("rows", rows);
    parameters.put("format", excel ? "xlsx" : "csv");
    Job job =
        jobs.submit(
            "geocode-batch",
            String.format(Locale.ROOT, "批量地址匹配（%,d 条）", rows),
            parameters,
            progress -> {
              try {
                return match(BatchFile.of(upload.read()), excel, resultName, progress);
              } finally {
                upload.delete();
              }
            });
    return JobController.accepted(job);
  }

  /** The batch job: matches every row, writes the file of results. */
  private JobResult match(BatchFile input, boolean excel, String resultName, JobProgress progress) {
    Geocoder geocoder = geocoding.geocoder();
    List<String> addresses = input.addresses();
    List<GeocodeResult> results = new ArrayList<>(addresses.size());
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (MatchLevel level : MatchLevel.values()) {
      levels.put(level.name(), 0);
    }
    List<Map<String, Object>> unmatched = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      GeocodeResult r = geocoder.geocode(addresses.get(i));
      results.add(r);
      levels.merge(r.level().name(), 1, Integer::sum);
      if (r.level() == MatchLevel.NONE && unmatched.size() < UNMATCHED_LISTED) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("row", i + 1);
        row.put("address", addresses.get(i));
        row.put("reason", GeocodeJson.unmatchedReason(r));
        unmatched.add(row);
      }
      if (i % 200 == 0) {
        progress.update(i, addresses.size(), "已匹配 " + i + " / " + addresses.size() + " 条");
      }
    }
    progress.update(1, "正在写出结果文件");
    byte[] bytes = input.write(results, excel);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("rows", addresses.size());
    summary.put("levels", levels);
    summary.put("unmatched", unmatched);
    return JobResult.file(
        bytes,
        excel
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv;charset=UTF-8",
        resultName,
        summary);
  }

  @GetMapping("/api/reverse")
  Map<String, Object> reverse(
      @RequestParam(required = false) String lon,
      @RequestParam(required = false) String lat,
      @RequestParam(defaultValue = "500") String radius) {
    double x = number("lon", lon, -180, 180);
    double y = number("lat", lat, -90, 90);
    double r = number("radius", radius, 1, 5000);
    return GeocodeJson.reverse(geocoding.geocoder().reverse(x, y, r), x, y);
  }

  private static double number(String name, String value, double min, double max) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(name, "不能为空");
    }
    double v;
    try {
      v = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "须为数字");
    }
    if (!(v >= min && v <= max)) {
      throw new InvalidParameterException(name, "须在 " + min + " 到 " + max + " 之间");
    }
    return v;
  }
}
