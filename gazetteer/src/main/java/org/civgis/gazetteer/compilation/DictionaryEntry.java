package org.civgis.gazetteer.compilation;

import java.util.EnumSet;
import java.util.Set;

/**
 * One entry of the dictionary: a standard name as the record has it on the compilation day.
 *
 * @param placeNameId the record's id (for the link to edit it)
 * @param code the place-name code (地名代码)
 * @param standardName 标准名称
 * @param tonedPinyin 汉语拼音 with tone marks, or {@code null} when the rules cannot spell it
 * @param romanization 罗马字母拼写 (the official transliteration if any), or {@code null}
 * @param categoryCode the place-name category code
 * @param categoryName its Chinese name, e.g. 乡级行政区
 * @param divisionCode the division the name denotes or lies in
 * @param countyCode the county-level division it belongs to, or {@code null} above county level
 * @param location 所在政区: county · township, or the parent for a division
 * @param lon longitude (CGCS2000) of its position, or {@code NaN}
 * @param lat latitude, or {@code NaN}
 * @param positionGenerated whether the position is a generated one (示意位置)
 * @param locationText the one-line location description
 * @param meaningOrigin 含义/由来 from the record, or {@code null}
 * @param history 历史沿革 from the record and its lineage, or {@code null}
 * @param areaKm2 面积 for a division with a polygon, else {@code null}
 * @param population2020 2020 census population for a division tabulated in it, else {@code null}
 * @param groupCode the division whose section holds the entry (county or township)
 * @param gaps what the record lacks for the book
 */
public record DictionaryEntry(
    long placeNameId,
    String code,
    String standardName,
    String tonedPinyin,
    String romanization,
    String categoryCode,
    String categoryName,
    String divisionCode,
    String countyCode,
    String location,
    double lon,
    double lat,
    boolean positionGenerated,
    String locationText,
    String meaningOrigin,
    String history,
    Double areaKm2,
    Integer population2020,
    String groupCode,
    Set<Gap> gaps) {

  /** The placeholder printed where the record has nothing yet. */
  public static final String MISSING = "待补";

  public DictionaryEntry {
    gaps = gaps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(gaps));
  }

  public boolean hasPosition() {
    return !Double.isNaN(lon) && !Double.isNaN(lat);
  }

  /** The position as printed: 东经 88°11′02″，北纬 44°09′43″ (CGCS2000); {@code null} without one. */
  public String coordinatesText() {
    return hasPosition() ? EntryTexts.coordinates(lon, lat) : null;
  }

  public boolean isDivision() {
    return categoryCode.startsWith("04");
  }

  /** What an entry can lack, in the order the worklist shows it. */
  public enum Gap {
    MEANING_ORIGIN("含义/由来"),
    HISTORY("历史沿革"),
    COORDINATES("实测坐标"),
    ROMANIZATION("罗马字母拼写");

    private final String chineseName;

    Gap(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }
}
