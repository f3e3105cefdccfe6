package org.civgis.web.job;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/jobs}: a job's status, its result, its cancellation. A user sees the jobs they
 * started; an administrator sees all.
 */
@RestController
@PreAuthorize("isAuthenticated()")
public class JobController {
  private final JobRepository jobs;
  private final JsonMapper json;
  private final JobService service;

  JobController(JobRepository jobs, JsonMapper json, JobService service) {
    this.service = service;
    this.jobs = jobs;
    this.json = json;
  }

  /** The answer to the {@code POST} that started {@code job}: 202, its Location, its status. */
  public static ResponseEntity<Map<String, Object>> accepted(Job job) {
    return ResponseEntity.accepted().location(URI.create(job.location())).body(document(job, null));
  }

  /** The jobs of the current user (all jobs for an administrator), newest first. */
  @GetMapping("/api/jobs")
  List<Map<String, Object>> recent(@RequestParam(defaultValue = "20") int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidParameterException("limit", "须在 1 到 200 之间");
    }
    Actor actor = Actor.current();
    String createdBy = actor.role().orElse(null) == Role.ADMIN ? null : actor.auditName();
    return jobs.recent(createdBy, limit).stream().map(job -> document(job, json)).toList();
  }

  /** The status of one job: state, progress, message, links to itself and its result. */
  @GetMapping("/api/jobs/{id}")
  Map<String, Object> status(@PathVariable String id) {
    return document(visible(id), json);
  }

  /**
   * The result: the file when there is one, else the JSON summary, else a redirect to where the
   * result lives; 409 while the job has not succeeded.
   */
  @GetMapping("/api/jobs/{id}/result")
  ResponseEntity<?> result(@PathVariable String id) {
    Job job = visible(id);
    if (job.state() != JobState.SUCCEEDED) {
      throw new ConflictException(
          "任务「" + job.title() + "」" + job.state().chineseName() + "，没有结果可下载");
    }
    if (job.hasFile()) {
      JobRepository.StoredFile file = jobs.file(job.id()).orElseThrow();
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(file.mediaType()))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(file.filename(), StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .body(file.bytes());
    }
    if (job.resultJson() != null) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .body(json.readTree(job.resultJson()));
    }
    if (job.resultHref() != null) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER)
          .location(URI.create(job.resultHref()))
          .build();
    }
    return ResponseEntity.noContent().build();
  }

  /** Cancels a queued or running job; the work stops at its next progress report. */
  @DeleteMapping("/api/jobs/{id}")
  Map<String, Object> cancel(@PathVariable String id) {
    Job job = visible(id);
    if (!jobs.cancel(job.id(), Actor.current().auditName())) {
      throw new ConflictException("任务「" + job.title() + "」已" + job.state().chineseName() + "，不能取消");
    }
    return document(jobs.find(job.id()).orElseThrow(), json);
  }

  private Job visible(String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("没有任务 " + id);
    }
    return service
        .visibleTo(uuid, Actor.current())
        .orElseThrow(() -> new NotFoundException("没有任务 " + id));
  }

  private static Map<String, Object> document(Job job, JsonMapper json) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("id", job.id().toString());
    document.put("kind", job.kind());
    document.put("title", job.title());
    document.put("state", job.state().name());
    document.put("stateName", job.state().chineseName());
    document.put("progress", job.progress());
    document.put("message", job.message());
    document.put("createdBy", job.createdBy());
    document.put("createdAt", job.createdAt());
    document.put("startedAt", job.startedAt());
    document.put("finishedAt", job.finishedAt());
    if (json != null && job.resultJson() != null) {
      document.put("result", json.readTree(job.resultJson()));
    }
    if (json != null && job.problemJson() != null) {
      document.put("problem", json.readTree(job.problemJson()));
    }
    List<Map<String, String>> links = new ArrayList<>();
    links.add(Map.of("rel", "self", "href", job.location()));
    if (job.state() == JobState.SUCCEEDED) {
      Map<String, String> result = new LinkedHashMap<>();
      result.put("rel", "result");
      result.put("href", job.location() + "/result");
      if (job.resultFilename() != null) {
        result.put("title", job.resultFilename());
      }
      links.add(result);
      if (job.resultHref() != null) {
        links.add(Map.of("rel", "related", "href", job.resultHref()));
      }
    }
    document.put("links", links);
    return document;
  }
}
