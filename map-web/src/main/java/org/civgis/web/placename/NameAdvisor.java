package org.civgis.web.placename;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameQuery;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.romanization.NameParts;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.gazetteer.placename.romanization.Romanization;
import org.civgis.gazetteer.placename.rules.CleanupWorklist;
import org.civgis.gazetteer.placename.rules.InMemoryNameIndex;
import org.civgis.gazetteer.placename.rules.NameCandidate;
import org.civgis.gazetteer.placename.rules.NameChecker;
import org.civgis.gazetteer.placename.rules.NameWarning;
import org.civgis.gazetteer.placename.rules.PlaceCategory;
import org.civgis.web.problem.InvalidFeatureException;
import org.springframework.stereotype.Component;

/**
 * The advice an officer gets while entering a name: the non-standard-name rules (with the other
 * names of the county for 重) and the romanization; and the batch that builds the cleanup worklist.
 */
@Component
class NameAdvisor {
  private static final int MAX_NAMES_PER_COUNTY = 200_000;

  private final PlaceNameRepository names;
  private final NameChecker checker = NameChecker.standard();
  private final PlaceNameRomanizer romanizer = PlaceNameRomanizer.standard();
  private final Clock clock;

  NameAdvisor(PlaceNameRepository names, Clock clock) {
    this.names = names;
    this.clock = clock;
  }

  /**
   * What the rules say of {@code text} in {@code divisionCode}'s county, leaving out {@code id}.
   */
  List<NameWarning> check(NameText text, String divisionCode, Long id) {
    PlaceCategory category = category(text.categoryCode());
    String county = divisionCode.substring(0, 6) + "000000";
    NameCandidate candidate = candidate(id == null ? null : id.toString(), text, category, county);
    return checker.check(candidate, index(county));
  }

  /** The romanization of {@code text} by the place-name spelling rules. */
  Romanization romanize(NameText text) {
    NameParts parts =
        text.specificPart() != null && text.genericPart() != null
            ? NameParts.of(text.specificPart(), text.genericPart())
            : romanizer.split(text.standardName());
    return romanizer.romanize(parts);
  }

  /** The worklist of the current standard names under {@code divisionPrefix}. */
  Batch worklist(String divisionPrefix) {
    List<PlaceName> current = active(divisionPrefix, false);
    List<NameCandidate> candidates = new ArrayList<>();
    for (PlaceName name : current) {
      PlaceCategory category = categoryOrNull(name.text().categoryCode());
      if (category != null && name.divisionCode() != null) {
        candidates.add(
            candidate(
                Long.toString(name.id()),
                name.text(),
                category,
                name.divisionCode().substring(0, 6) + "000000"));
      }
    }
    CleanupWorklist worklist =
        CleanupWorklist.build(
            candidates, checker, InMemoryNameIndex.of(candidates, checker.keys()));
    return new Batch(worklist, candidates.stream().map(c -> Long.parseLong(c.id())).toList());
  }

  /**
   * A batch result.
   *
   * @param worklist the flagged names
   * @param checkedIds every name that was checked
   */
  record Batch(CleanupWorklist worklist, List<Long> checkedIds) {}

  private InMemoryNameIndex index(String county) {
    List<NameCandidate> others = new ArrayList<>();
    for (PlaceName name : active(county.substring(0, 6), true)) {
      PlaceCategory category = categoryOrNull(name.text().categoryCode());
      if (category != null) {
        others.add(candidate(Long.toString(name.id()), name.text(), category, county));
      }
    }
    return InMemoryNameIndex.of(others, checker.keys());
  }

  private List<PlaceName> active(String prefix, boolean withProposals) {
    return names.find(
        new PlaceNameQuery(
            LocalDate.now(clock), prefix, null, null, withProposals, MAX_NAMES_PER_COUNTY, 0));
  }

  private static NameCandidate candidate(
      String id, NameText text, PlaceCategory category, String county) {
    NameCandidate candidate = NameCandidate.of(id, text.standardName(), category, county);
    String specific = text.specificPart();
    String generic = text.genericPart();
    if (specific != null
        && generic != null
        && text.standardName().endsWith(generic)
        && text.standardName().contains(specific)) {
      candidate = candidate.withParts(specific, generic);
    }
    return candidate;
  }

  static PlaceCategory category(String code) {
    PlaceCategory category = categoryOrNull(code);
    if (category == null) {
      throw new InvalidFeatureException("properties.categoryCode", "未知的地名类别 " + code);
    }
    return category;
  }

  private static PlaceCategory categoryOrNull(String code) {
    try {
      return code == null ? null : PlaceCategory.fromCode(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
