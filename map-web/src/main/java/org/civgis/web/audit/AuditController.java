package org.civgis.web.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A feature's audit trail, for officers. */
@RestController
class AuditController {
  private static final int MAX_EVENTS = 500;

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/audit")
  @PreAuthorize("hasAnyRole('ADMIN', 'NAME_OFFICER', 'INSPECTOR', 'PLANNER')")
  List<AuditRecord> trail(@RequestParam String collection, @RequestParam String featureId) {
    return audit.trail(collection, featureId, MAX_EVENTS);
  }
}
