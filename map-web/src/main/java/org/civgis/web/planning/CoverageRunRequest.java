package org.civgis.web.planning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civgis.gazetteer.facility.FacilityType;
import org.civgis.web.problem.InvalidParameterException;

/**
 * A planner's coverage run as posted: facility types, minutes, walking speed (a preset or m/s) and
 * how many new sites to suggest.
 *
 * @param types facility type codes, at least one
 * @param walkMinutes the limit, 1–60 (default 15)
 * @param speed {@code NORMAL} (1.0 m/s, default), {@code ELDERLY} (0.75 m/s), or {@code null}
 * @param walkingSpeedMetersPerSecond an explicit speed, 0.3–2.0 m/s, instead of a preset
 * @param newSites new sites to suggest, 0–20
 */
record CoverageRunRequest(
    List<String> types,
    Double walkMinutes,
    String speed,
    Double walkingSpeedMetersPerSecond,
    Integer newSites) {

  static final double NORMAL_SPEED = 1.0;
  static final double ELDERLY_SPEED = 0.75;

  /** The checked parameters; 400 naming the field otherwise. */
  Checked check() {
    if (types == null || types.isEmpty()) {
      throw new InvalidParameterException("types", "须至少选择一种设施类型");
    }
    Set<FacilityType> chosen = EnumSet.noneOf(FacilityType.class);
    for (String t : types) {
      chosen.add(
          FacilityType.parse(t)
              .orElseThrow(() -> new InvalidParameterException("types", "未知设施类型「" + t + "」")));
    }
    double minutes = walkMinutes == null ? 15 : walkMinutes;
    if (!(minutes >= 1 && minutes <= 60)) {
      throw new InvalidParameterException("walkMinutes", "步行时间须在 1 到 60 分钟之间");
    }
    double metersPerSecond;
    if (walkingSpeedMetersPerSecond != null) {
      metersPerSecond = walkingSpeedMetersPerSecond;
      if (!(metersPerSecond >= 0.3 && metersPerSecond <= 2.0)) {
        throw new InvalidParameterException(
            "walkingSpeedMetersPerSecond", "步行速度须在 0.3 到 2.0 米/秒之间");
      }
    } else if (speed == null || speed.equals("NORMAL")) {
      metersPerSecond = NORMAL_SPEED;
    } else if (speed.equals("ELDERLY")) {
      metersPerSecond = ELDERLY_SPEED;
    } else {
      throw new InvalidParameterException("speed", "须为 NORMAL（1.0 米/秒）或 ELDERLY（0.75 米/秒）");
    }
    int k = newSites == null ? 0 : newSites;
    if (k < 0 || k > 20) {
      throw new InvalidParameterException("newSites", "新选址数须在 0 到 20 之间");
    }
    return new Checked(chosen, minutes, metersPerSecond, k);
  }

  record Checked(
      Set<FacilityType> types,
      double walkMinutes,
      double walkingSpeedMetersPerSecond,
      int newSites) {}
}
