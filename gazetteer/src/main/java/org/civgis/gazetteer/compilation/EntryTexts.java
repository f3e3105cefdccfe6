package org.civgis.gazetteer.compilation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civgis.gazetteer.compilation.CompilationRepository.NameRecord;

/** The texts of an entry that are derived from the record: position, location, lineage. */
final class EntryTexts {
  private EntryTexts() {}

  /** A day as the book writes it: 2023年6月30日. */
  static String date(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  /** Degrees, minutes and seconds: 东经 88°11′02″，北纬 44°09′43″. */
  static String coordinates(double lon, double lat) {
    return (lon >= 0 ? "东经 " : "西经 ")
        + dms(Math.abs(lon))
        + "，"
        + (lat >= 0 ? "北纬 " : "南纬 ")
        + dms(Math.abs(lat));
  }

  private static String dms(double degrees) {
    long seconds = Math.round(degrees * 3600);
    return String.format(
        Locale.ROOT, "%d°%02d′%02d″", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }

  /**
   * The one-line location: where in its parent a division lies (by the direction from the parent's
   * centre), or in which divisions a feature lies; a generated position says so.
   */
  static String location(
      double lon, double lat, boolean generated, String placedIn, DivisionFacts parent) {
    if (Double.isNaN(lon) || Double.isNaN(lat)) {
      return "位于" + placedIn + "境内（位置待补）";
    }
    if (generated) {
      return "位于" + placedIn + "境内（示意位置，待实测）";
    }
    if (parent != null && parent.hasCentre()) {
      return "位于" + parent.name() + direction(parent.centreLon(), parent.centreLat(), lon, lat);
    }
    return "位于" + placedIn + "境内";
  }

  /** 东部, 西北部 …, or 中部 within about 10 km of the centre. */
  static String direction(double fromLon, double fromLat, double toLon, double toLat) {
    double dx = (toLon - fromLon) * Math.cos(Math.toRadians((fromLat + toLat) / 2)) * 111.32;
    double dy = (toLat - fromLat) * 110.57;
    if (Math.hypot(dx, dy) < 10) {
      return "中部";
    }
    String[] sectors = {"东", "东北", "北", "西北", "西", "西南", "南", "东南"};
    double angle = Math.toDegrees(Math.atan2(dy, dx));
    int sector = (int) Math.floorMod(Math.round(angle / 45.0), 8);
    return sectors[sector] + "部";
  }

  /**
   * 历史沿革: the record's own history text, then the lineage of names it superseded, oldest first;
   * {@code null} when the record has neither.
   */
  static String history(NameRecord name, Map<Long, NameRecord> byId) {
    List<NameRecord> chain = new ArrayList<>();
    NameRecord current = name;
    while (current.supersedesId() != null && byId.containsKey(current.supersedesId())) {
      current = byId.get(current.supersedesId());
      if (chain.contains(current)) {
        break; // a cycle in bad data: stop rather than loop
      }
      chain.add(0, current);
    }
    StringBuilder text = new StringBuilder();
    if (name.history() != null && !name.history().isBlank()) {
      text.append(name.history().trim());
      if (!text.toString().endsWith("。")) {
        text.append("。");
      }
    }
    for (int i = 0; i < chain.size(); i++) {
      NameRecord former = chain.get(i);
      NameRecord next = i + 1 < chain.size() ? chain.get(i + 1) : name;
      text.append(former.validFrom() == null ? "原称" : date(former.validFrom()) + "起称");
      text.append("「").append(former.standardName()).append("」；");
      LocalDate changed = next.validFrom() != null ? next.validFrom() : former.validTo();
      String when = changed == null ? "" : date(changed);
      if ("RENAMED".equals(former.status())) {
        text.append(when).append("更名为「").append(next.standardName()).append("」。");
      } else {
        text.append(when).append("撤销，改设「").append(next.standardName()).append("」。");
      }
    }
    if (chain.isEmpty() && name.validFrom() != null) {
      text.append(date(name.validFrom())).append("起为标准地名。");
    }
    return text.isEmpty() ? null : text.toString();
  }

  /** 含义/由来: the record's meaning and origin, {@code null} when it has neither. */
  static String meaningOrigin(NameRecord name) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {name.meaning(), name.origin()}) {
      if (part != null && !part.isBlank()) {
        String t = part.trim();
        parts.add(t.endsWith("。") || t.endsWith("）") ? t : t + "。");
      }
    }
    return parts.isEmpty() ? null : String.join("", parts);
  }
}
