package org.civgis.web.placename;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameQuery;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.search.SearchHit;
import org.civgis.gazetteer.placename.search.SearchQuery;
import org.civgis.geo.query.SqlCondition;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.security.Actor;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&division=&category=&bbox=&limit=}: one box for names, pinyin, initials
 * and former names (shared/DESIGN.md fixes the response).
 */
@RestController
class SearchController {
  /** How many names in procedure an officer's search lists after the standard names. */
  private static final int PROPOSALS = 5;

  private final NameSearch search;
  private final PlaceNameRepository names;
  private final DivisionRepository divisions;
  private final Clock clock;

  SearchController(
      NameSearch search, PlaceNameRepository names, DivisionRepository divisions, Clock clock) {
    this.search = search;
    this.names = names;
    this.divisions = divisions;
    this.clock = clock;
  }

  @GetMapping("/api/search")
  Map<String, Object> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String division,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String bbox,
      @RequestParam(defaultValue = "10") String limit) {
    if (q == null || q.isBlank()) {
      throw new InvalidParameterException("q", "请输入要查找的地名、拼音或拼音首字母");
    }
    if (q.length() > 100) {
      throw new InvalidParameterException("q", "不能超过 100 个字符");
    }
    int max;
    try {
      max = Integer.parseInt(limit.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("limit", "须为 1 到 100 的整数");
    }
    if (max < 1 || max > 100) {
      throw new InvalidParameterException("limit", "须为 1 到 100 的整数");
    }
    String prefix = DivisionPrefix.of(division, "division");
    Envelope box = bbox == null ? null : bbox(bbox);
    List<SearchHit> hits = search.search(new SearchQuery(q, prefix, category, box, max));
    List<PlaceName> proposals =
        Actor.current().seesDrafts() ? proposals(q.strip(), prefix, category, box) : List.of();
    Map<String, String> places = placeNames(hits, proposals);
    List<Map<String, Object>> results = new ArrayList<>();
    hits.forEach(hit -> results.add(result(hit, places)));
    proposals.forEach(name -> results.add(proposal(name, places)));
    return Map.of("results", results);
  }

  /**
   * The names in procedure (proposed, under review, approved, not yet announced) whose standard
   * name contains {@code text}: officers see them in the search box too, marked as such. They are
   * not in the search index, so only their characters match, not their pinyin.
   */
  private List<PlaceName> proposals(String text, String prefix, String category, Envelope box) {
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return names.find(
        new PlaceNameQuery(
            LocalDate.now(clock),
            prefix,
            category,
            box,
            true,
            PROPOSALS,
            0,
            Set.of(NameStatus.PROPOSED, NameStatus.UNDER_REVIEW, NameStatus.APPROVED),
            new SqlCondition("standard_name like :cqlSearchText", Map.of("cqlSearchText", like))));
  }

  private static Map<String, Object> proposal(PlaceName name, Map<String, String> places) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", name.id());
    r.put("name", name.text().standardName());
    r.put("romanization", name.text().romanization());
    r.put("category", name.text().categoryCode());
    String code = name.divisionCode();
    r.put("divisionCode", code);
    putPlace(r, code, name.text().categoryCode(), places);
    r.put("status", "IN_PROCEDURE");
    r.put("procedureStatus", name.status().name());
    r.put("formerNames", List.of());
    r.put("matchedFormerName", null);
    r.put("score", 0);
    Point at = name.geometry() == null ? null : name.geometry().getInteriorPoint();
    r.put("point", at == null || at.isEmpty() ? null : List.of(at.getX(), at.getY()));
    return r;
  }

  /**
   * The names of the counties and townships the hits lie in (as of today), read at once: a result
   * says where it is by name, 「阜康市 · 三工河哈萨克族乡」, whatever the browser has loaded.
   */
  private Map<String, String> placeNames(List<SearchHit> hits, List<PlaceName> proposals) {
    List<String> all = new ArrayList<>();
    hits.forEach(hit -> all.add(hit.entry().divisionCode()));
    proposals.forEach(name -> all.add(name.divisionCode()));
    Set<String> codes = new HashSet<>();
    for (String code : all) {
      if (code != null && code.length() == 12) {
        codes.add(county(code));
        codes.add(township(code));
      }
    }
    return divisions.namesOf(codes, LocalDate.now(clock));
  }

  /**
   * The county and township a name lies in: a division (行政区域, 群众自治组织) is not said to lie in itself,
   * anything else lies in the division of its code.
   */
  private static void putPlace(
      Map<String, Object> r, String code, String category, Map<String, String> names) {
    int level = level(code);
    boolean division = category != null && (category.startsWith("04") || category.startsWith("05"));
    r.put("county", level >= 3 && !(division && level == 3) ? names.get(county(code)) : null);
    r.put("township", level >= 4 && !(division && level == 4) ? names.get(township(code)) : null);
  }

  /** 2 prefecture, 3 county, 4 township, 5 village; 0 for anything else. */
  private static int level(String code) {
    if (code == null || code.length() != 12) {
      return 0;
    }
    if (code.endsWith("00000000")) {
      return 2;
    }
    return code.endsWith("000000") ? 3 : code.endsWith("000") ? 4 : 5;
  }

  private static String county(String code) {
    return code.substring(0, 6) + "000000";
  }

  private static String township(String code) {
    return code.substring(0, 9) + "000";
  }

  private static Map<String, Object> result(SearchHit hit, Map<String, String> names) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", hit.entry().id());
    r.put("name", hit.entry().name());
    r.put("romanization", hit.entry().romanization());
    r.put("category", hit.entry().categoryCode());
    String code = hit.entry().divisionCode();
    r.put("divisionCode", code);
    putPlace(r, code, hit.entry().categoryCode(), names);
    r.put("status", hit.entry().current() ? "CURRENT" : "FORMER");
    r.put("formerNames", hit.entry().formerNames());
    r.put("matchedFormerName", hit.matchedFormerName());
    r.put("score", hit.score());
    r.put(
        "point",
        Double.isNaN(hit.entry().lon()) ? null : List.of(hit.entry().lon(), hit.entry().lat()));
    return r;
  }

  private static Envelope bbox(String value) {
    String[] parts = value.split(",");
    if (parts.length != 4) {
      throw new InvalidParameterException("bbox", "须为 最小经度,最小纬度,最大经度,最大纬度");
    }
    try {
      double[] n = new double[4];
      for (int i = 0; i < 4; i++) {
        n[i] = Double.parseDouble(parts[i].trim());
      }
      return new Envelope(n[0], n[2], n[1], n[3]);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("bbox", "须为 4 个数");
    }
  }
}
