package org.civgis.gazetteer.placename.rules;

import java.util.List;

/**
 * One rule about place names. A rule reads the candidate (and, for the duplicate rule, the index of
 * the other names) and returns its findings; it never changes anything.
 */
public interface NameRule {

  /** The reason codes this rule can report. */
  List<ReasonCode> reasonCodes();

  /** The findings about {@code candidate}; empty when the rule has nothing to say. */
  List<NameWarning> check(NameCandidate candidate, NameIndex index);
}
