package org.civgis.web.placename;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.placename.search.SearchHit;
import org.civgis.gazetteer.placename.search.SearchQuery;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&division=&category=&bbox=&limit=}: one box for names, pinyin, initials
 * and former names (shared/DESIGN.md fixes the response).
 */
@RestController
class SearchController {
  private final NameSearch search;

  SearchController(NameSearch search) {
    this.search = search;
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
    return Map.of("results", hits.stream().map(SearchController::result).toList());
  }

  private static Map<String, Object> result(SearchHit hit) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", hit.entry().id());
    r.put("name", hit.entry().name());
    r.put("romanization", hit.entry().romanization());
    r.put("category", hit.entry().categoryCode());
    r.put("divisionCode", hit.entry().divisionCode());
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
