package org.civgis.gazetteer.placename.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cleanup worklist of non-standard place names (不规范地名清理): the batch run of the {@link
 * NameChecker} over many names, the status of each flagged name, and the progress per county. Kept
 * in memory; storing it is the place-name library's business.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>{@link #build} checks every candidate (which must have an id, unique in the batch) against
 *       the index and makes one {@link CleanupStatus#OPEN} entry per name with at least one
 *       warning, in the order of the candidates.
 *   <li>Status moves: OPEN → IN_PROGRESS, DONE or WAIVED; IN_PROGRESS → OPEN, DONE or WAIVED; DONE
 *       or WAIVED → OPEN (reopened). WAIVED needs a reason in the note. Anything else is refused.
 *   <li>{@link #progressByCounty()} counts every checked name of a county, flagged or not.
 *   <li>Not thread-safe.
 * </ol>
 */
public final class CleanupWorklist {
  private final Map<String, WorklistEntry> entries;
  private final Map<String, Integer> checkedByCounty;

  private CleanupWorklist(
      Map<String, WorklistEntry> entries, Map<String, Integer> checkedByCounty) {
    this.entries = entries;
    this.checkedByCounty = checkedByCounty;
  }

  /** The worklist of {@code candidates} checked by {@code checker} against {@code index}. */
  public static CleanupWorklist build(
      Collection<NameCandidate> candidates, NameChecker checker, NameIndex index) {
    Map<String, WorklistEntry> entries = new LinkedHashMap<>();
    Map<String, Integer> checked = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    for (NameCandidate candidate : candidates) {
      if (candidate.id() == null || !ids.add(candidate.id())) {
        throw new IllegalArgumentException(
            "each name of a batch needs an id of its own: " + candidate.name());
      }
      checked.merge(candidate.countyCode(), 1, Integer::sum);
      List<NameWarning> warnings = checker.check(candidate, index);
      if (!warnings.isEmpty()) {
        entries.put(
            candidate.id(),
            new WorklistEntry(
                candidate.id(),
                candidate.name(),
                candidate.countyCode(),
                warnings,
                CleanupStatus.OPEN,
                null));
      }
    }
    return new CleanupWorklist(entries, checked);
  }

  /** The entries, in the order the names were checked. */
  public List<WorklistEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The entry of the name with {@code nameId}, if it was flagged. */
  public Optional<WorklistEntry> entry(String nameId) {
    return Optional.ofNullable(entries.get(nameId));
  }

  /** Moves the entry of {@code nameId} to {@code status}; see the class comment for the moves. */
  public WorklistEntry setStatus(String nameId, CleanupStatus status, String note) {
    WorklistEntry entry = entries.get(nameId);
    if (entry == null) {
      throw new IllegalArgumentException("name " + nameId + " is not on the worklist");
    }
    if (!entry.status().canMoveTo(status)) {
      throw new IllegalStateException(
          "name " + nameId + " cannot go from " + entry.status() + " to " + status);
    }
    if (status == CleanupStatus.WAIVED && (note == null || note.isBlank())) {
      throw new IllegalArgumentException("waiving name " + nameId + " needs a reason");
    }
    WorklistEntry moved = entry.with(status, note);
    entries.put(nameId, moved);
    return moved;
  }

  /** Progress per county code, in code order; every county with a checked name is present. */
  public Map<String, CountyProgress> progressByCounty() {
    Map<String, CountyProgress> progress = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> county : checkedByCounty.entrySet()) {
      Map<CleanupStatus, Integer> counts = new EnumMap<>(CleanupStatus.class);
      int flagged = 0;
      for (WorklistEntry entry : entries.values()) {
        if (entry.countyCode().equals(county.getKey())) {
          flagged++;
          counts.merge(entry.status(), 1, Integer::sum);
        }
      }
      progress.put(
          county.getKey(),
          new CountyProgress(
              county.getKey(),
              county.getValue(),
              flagged,
              counts.getOrDefault(CleanupStatus.OPEN, 0),
              counts.getOrDefault(CleanupStatus.IN_PROGRESS, 0),
              counts.getOrDefault(CleanupStatus.DONE, 0),
              counts.getOrDefault(CleanupStatus.WAIVED, 0)));
    }
    return progress;
  }

  /** How many warnings there are of each reason code (a name may count under several codes). */
  public Map<ReasonCode, Integer> countsByReason() {
    Map<ReasonCode, Integer> counts = new EnumMap<>(ReasonCode.class);
    for (WorklistEntry entry : entries.values()) {
      for (NameWarning warning : entry.warnings()) {
        counts.merge(warning.reasonCode(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The entries flagged with {@code code}. */
  public List<WorklistEntry> entriesWith(ReasonCode code) {
    List<WorklistEntry> found = new ArrayList<>();
    for (WorklistEntry entry : entries.values()) {
      if (entry.reasonCodes().contains(code)) {
        found.add(entry);
      }
    }
    return found;
  }
}
