package org.civgis.web.facility;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civgis.web.address.AddressGeocoding;
import org.civgis.web.job.JobController;
import org.civgis.web.job.JobResult;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.security.Actor;
import org.civgis.web.tabular.TableException;
import org.civgis.web.tabular.TableUpload;
import org.civgis.web.tabular.TableUploads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/facilities/import} (multipart {@code file}: CSV in UTF-8, XLSX or XLS): imports
 * facilities as a job; all rows or none, the job's problem lists every bad row. The table is read
 * before the answer, within {@link FacilityTable#LIMITS}: a file that cannot be read, exceeds a
 * limit or has unknown columns is refused with 400 at once; the job reads the kept file again.
 */
@RestController
class FacilityImportController {
  private final JobService jobs;
  private final FacilityService service;
  private final AddressGeocoding geocoding;
  private final TableUploads uploads;

  FacilityImportController(
      JobService jobs, FacilityService service, AddressGeocoding geocoding, TableUploads uploads) {
    this.jobs = jobs;
    this.service = service;
    this.geocoding = geocoding;
    this.uploads = uploads;
  }

  @PostMapping("/api/facilities/import")
  ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file) {
    Actor actor = Actor.current();
    service.checkImporter(actor);
    if (file.isEmpty()) {
      throw new InvalidFeatureException("file", "文件为空");
    }
    String filename = file.getOriginalFilename();
    FacilityTable.checkFileName(filename);
    TableUpload upload = uploads.receive(file, FacilityTable.LIMITS);
    int rows;
    try {
      rows = FacilityTable.rows(uploads.read(upload)).values().size();
    } catch (TableException e) {
      upload.delete();
      throw new InvalidFeatureException("file", e.getMessage());
    } catch (RuntimeException e) {
      upload.delete();
      throw e;
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("file", filename == null ? "" : filename);
    parameters.put("bytes", file.getSize());
    parameters.put("rows", rows);
    return JobController.accepted(
        jobs.submit(
            "facility-import",
            "导入民政服务设施（" + filename + "）",
            parameters,
            progress -> {
              try {
                return JobResult.json(
                    FacilityImport.run(
                        FacilityTable.rows(upload.read()),
                        filename,
                        geocoding::geocoder,
                        service,
                        Actor.current(),
                        progress));
              } finally {
                upload.delete();
              }
            }));
  }
}
