package org.civgis.web.division;

import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.ogc.VersionedFeature;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Restore from the audit trail: {@code POST /api/divisions/{code}/restore} with {@code If-Match}
 * (the ETag of the current version) and {@code {"auditId": …}} writes back the state the division
 * had before that audit entry ({@code "state": "AFTER"}: after it), as a new write through the
 * division edits — a correction with a default reason unless {@code changeKind}, {@code reason},
 * {@code effectiveFrom}, {@code approvalDocument} say otherwise; {@code acknowledgeWarnings} and
 * {@code detachSharedEdges} as for a PUT. Answers the feature with its new ETag.
 */
@RestController
class DivisionRestoreController {
  private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final DivisionFeatureSource source;
  private final FeatureJson featureJson;

  DivisionRestoreController(DivisionFeatureSource source, FeatureJson featureJson) {
    this.source = source;
    this.featureJson = featureJson;
  }

  @PostMapping("/api/divisions/{code}/restore")
  ResponseEntity<Object> restore(
      @PathVariable String code,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody DivisionFeatureSource.RestoreRequest request) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PreconditionFailedException.missing();
    }
    VersionedFeature restored = source.restore(code, ifMatch.strip(), request, Actor.current());
    return ResponseEntity.ok()
        .eTag(restored.etag())
        .contentType(GEO_JSON)
        .body(featureJson.document(restored.feature()));
  }
}
