package org.civgis.web.facility;

import java.io.IOException;
import java.util.Map;
import org.civgis.web.address.AddressGeocoding;
import org.civgis.web.job.JobController;
import org.civgis.web.job.JobResult;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/facilities/import} (multipart {@code file}: CSV in UTF-8 or XLSX): imports
 * facilities as a job; all rows or none, the job's problem lists every bad row.
 */
@RestController
class FacilityImportController {
  private final JobService jobs;
  private final FacilityService service;
  private final AddressGeocoding geocoding;

  FacilityImportController(JobService jobs, FacilityService service, AddressGeocoding geocoding) {
    this.jobs = jobs;
    this.service = service;
    this.geocoding = geocoding;
  }

  @PostMapping("/api/facilities/import")
  ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file)
      throws IOException {
    Actor actor = Actor.current();
    service.checkImporter(actor);
    if (file.isEmpty()) {
      throw new InvalidFeatureException("file", "文件为空");
    }
    byte[] content = file.getBytes();
    String filename = file.getOriginalFilename();
    return JobController.accepted(
        jobs.submit(
            "facility-import",
            "导入民政服务设施（" + filename + "）",
            Map.of("file", filename == null ? "" : filename, "bytes", content.length),
            progress ->
                JobResult.json(
                    FacilityImport.run(
                        content,
                        filename,
                        geocoding::geocoder,
                        service,
                        Actor.current(),
                        progress))));
  }
}
