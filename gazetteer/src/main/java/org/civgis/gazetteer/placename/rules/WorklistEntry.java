package org.civgis.gazetteer.placename.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One flagged name of the cleanup worklist.
 *
 * @param nameId the name's id
 * @param name the name as checked
 * @param countyCode its county's 12-digit code
 * @param warnings what the rules found, the most severe first (never empty)
 * @param status where its cleanup stands
 * @param note why it was waived, or another remark; {@code null} when none
 */
public record WorklistEntry(
    String nameId,
    String name,
    String countyCode,
    List<NameWarning> warnings,
    CleanupStatus status,
    String note) {

  public WorklistEntry {
    Objects.requireNonNull(nameId, "nameId");
    Objects.requireNonNull(status, "status");
    warnings = List.copyOf(warnings);
    if (warnings.isEmpty()) {
      throw new IllegalArgumentException("a worklist entry needs a warning: " + name);
    }
  }

  /** The distinct reason codes, most severe first. */
  public List<ReasonCode> reasonCodes() {
    return warnings.stream().map(NameWarning::reasonCode).distinct().toList();
  }

  /** The highest severity. */
  public Severity severity() {
    return warnings.get(0).severity();
  }

  /** The distinct suggested actions, most severe first, joined with “；”. */
  public String suggestedAction() {
    Set<String> actions = new LinkedHashSet<>();
    warnings.forEach(w -> actions.add(w.suggestedAction()));
    return String.join("；", actions);
  }

  /** This entry with another status and note. */
  WorklistEntry with(CleanupStatus newStatus, String newNote) {
    return new WorklistEntry(nameId, name, countyCode, warnings, newStatus, newNote);
  }
}
