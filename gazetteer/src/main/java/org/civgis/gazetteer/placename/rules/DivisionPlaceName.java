package org.civgis.gazetteer.placename.rules;

import java.util.List;

/**
 * The place name a statistical division stands for, and its category.
 *
 * <ul>
 *   <li>Level 1–2 → 地级行政区 (the province too), level 3 → 县级行政区.
 *   <li>Level 4 with a township code 0xx–3xx (街道, 镇, 乡) → 乡级行政区; with 4xx–5xx (开发区, 农场, 兵团 团场, 林场
 *       and other units like a township) → the major class 非行政区域.
 *   <li>Level 5: the committee suffix (居民委员会, 居委会, 委员会, 村民委员会, 村委会, 村民委会, 村民委员) is dropped, the
 *       place name being what is left; a name ending in 社区 → 社区; a name ending in 村, or a 村
 *       committee (西沟村委会 → 西沟村) → 村; anything else (兵团 连队 生活区, 管理区, 河西居委会) → the major class
 *       群众自治组织.
 * </ul>
 *
 * @param name the place name, e.g. {@code 西沟村} for {@code 西沟村委会}
 * @param category its category
 */
public record DivisionPlaceName(String name, PlaceCategory category) {
  private static final List<String> VILLAGE_COMMITTEE = List.of("村民委员会", "村民委会", "村民委员", "村委会");
  private static final List<String> OTHER_COMMITTEE = List.of("居民委员会", "居委会", "委员会");

  /**
   * The place name of the division {@code code} named {@code divisionName} at {@code level} (1
   * province … 5 village, as in the statistical codes).
   */
  public static DivisionPlaceName of(String code, String divisionName, int level) {
    return switch (level) {
      case 1, 2 -> new DivisionPlaceName(divisionName, PlaceCategory.PREFECTURE_LEVEL_DIVISION);
      case 3 -> new DivisionPlaceName(divisionName, PlaceCategory.COUNTY_LEVEL_DIVISION);
      case 4 ->
          new DivisionPlaceName(
              divisionName,
              code.charAt(6) <= '3'
                  ? PlaceCategory.TOWNSHIP_LEVEL_DIVISION
                  : PlaceCategory.NON_ADMINISTRATIVE_AREA);
      default -> village(divisionName);
    };
  }

  private static DivisionPlaceName village(String divisionName) {
    String name = divisionName;
    for (String suffix : VILLAGE_COMMITTEE) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        String place = name.substring(0, name.length() - suffix.length());
        return new DivisionPlaceName(
            place.endsWith("村") ? place : place + "村", PlaceCategory.VILLAGE);
      }
    }
    for (String suffix : OTHER_COMMITTEE) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    PlaceCategory category =
        name.endsWith("社区")
            ? PlaceCategory.COMMUNITY
            : name.endsWith("村")
                ? PlaceCategory.VILLAGE
                : PlaceCategory.SELF_GOVERNING_ORGANIZATION;
    return new DivisionPlaceName(name, category);
  }
}
