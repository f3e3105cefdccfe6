package org.civgis.gazetteer.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.crs.Srid;

/**
 * The rules a facility must keep before it is stored, the same for an edit on the map and a row of
 * an import.
 *
 * <ol>
 *   <li>a name of 1–100 characters, a type, an operator, a status;
 *   <li>a 12-digit division code;
 *   <li>a point in CGCS2000 lon/lat within China's extent (73–136°E, 3–54°N);
 *   <li>capacity, beds and nursing beds not negative; nursing beds not more than beds;
 *   <li>an opening date not after {@code today} unless the facility is planned or under
 *       construction.
 * </ol>
 */
public final class FacilityCheck {
  private FacilityCheck() {}

  /** Every problem of {@code f}; empty when it may be stored. */
  public static List<FacilityProblem> problems(Facility f, LocalDate today) {
    List<FacilityProblem> problems = new ArrayList<>();
    if (f.name() == null || f.name().isBlank()) {
      problems.add(new FacilityProblem("name", "名称不能为空"));
    } else if (f.name().strip().length() > 100) {
      problems.add(new FacilityProblem("name", "名称不能超过 100 个字"));
    }
    if (f.type() == null) {
      problems.add(new FacilityProblem("type", "须给出设施类型"));
    }
    if (f.operator() == null) {
      problems.add(new FacilityProblem("operator", "须给出运营方式（公办、民办、公建民营）"));
    }
    if (f.status() == null) {
      problems.add(new FacilityProblem("status", "须给出状态"));
    }
    if (f.divisionCode() == null || !f.divisionCode().matches("[0-9]{12}")) {
      problems.add(new FacilityProblem("divisionCode", "须为 12 位统计用区划代码"));
    }
    if (f.point() == null) {
      problems.add(new FacilityProblem("geometry", "须给出位置（经纬度）"));
    } else {
      double lon = f.point().getX();
      double lat = f.point().getY();
      if (f.point().getSRID() != Srid.CGCS2000) {
        problems.add(new FacilityProblem("geometry", "位置须为 CGCS2000 经纬度（EPSG:4490）"));
      } else if (!(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54)) {
        problems.add(new FacilityProblem("geometry", "经纬度 " + lon + ", " + lat + " 不在中国范围内"));
      }
    }
    nonNegative(problems, "capacity", "服务能力", f.capacity());
    nonNegative(problems, "beds", "床位数", f.beds());
    nonNegative(problems, "nursingBeds", "护理型床位数", f.nursingBeds());
    if (f.nursingBeds() != null) {
      if (f.beds() == null) {
        problems.add(new FacilityProblem("beds", "有护理型床位时须给出床位数"));
      } else if (f.nursingBeds() > f.beds()) {
        problems.add(
            new FacilityProblem(
                "nursingBeds", "护理型床位数（" + f.nursingBeds() + "）不能多于床位数（" + f.beds() + "）"));
      }
    }
    if (f.openedOn() != null
        && f.openedOn().isAfter(today)
        && f.status() != FacilityStatus.PLANNED
        && f.status() != FacilityStatus.UNDER_CONSTRUCTION) {
      problems.add(new FacilityProblem("openedOn", "开业日期在今天之后，状态应为规划或在建"));
    }
    return problems;
  }

  private static void nonNegative(
      List<FacilityProblem> problems, String field, String label, Integer value) {
    if (value != null && value < 0) {
      problems.add(new FacilityProblem(field, label + "不能为负数"));
    }
  }
}
