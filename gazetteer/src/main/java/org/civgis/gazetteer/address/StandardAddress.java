package org.civgis.gazetteer.address;

import java.time.LocalDate;
import org.locationtech.jts.geom.Point;

/**
 * One version of a standard address (标准地址): the division chain, a road (a place name), a house
 * number, and for a building or a room the building, unit and room.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A HOUSE_NUMBER address has no building, unit or room; a BUILDING address has a building; a
 *       UNIT_ROOM address has a building and a room, and usually a unit.
 *   <li>The road is named by its place-name code ({@code roadCode}, kept across renamings) and by
 *       the name version the address was made with ({@code roadNameId}, {@code roadName}).
 *   <li>{@link #text} is the standard address: county, road, house number, building (栋), unit (单元),
 *       room (室), e.g. 昌吉市北京南路12号3栋2单元301室.
 * </ol>
 *
 * @param id row id of this version, 0 before it is stored
 * @param revision increases with every edit of the row (optimistic locking)
 * @param code the address code ({@link AddressCode}), shared by all versions of the address
 * @param kind what it points at
 * @param divisions the divisions it lies in
 * @param roadCode the place-name code of the road
 * @param roadNameId the row id of the road's name version, 0 before the road is stored
 * @param roadName the road's name in this version, e.g. 北京南路
 * @param houseNumber the house number
 * @param compoundName the name of the residential compound (小区) at the house number, or {@code
 *     null}
 * @param building the building's number, e.g. {@code 3}, or {@code null}
 * @param unit the unit's number, e.g. {@code 2}, or {@code null}
 * @param room the room's number, e.g. {@code 301}, or {@code null}
 * @param floor the floor of the room, or {@code null}
 * @param point the entrance, CGCS2000 longitude/latitude
 * @param pointGenerated whether the point was generated for the demo (no survey exists)
 * @param status where this version stands
 * @param validFrom first day of this version, or {@code null} for "since before our records"
 * @param validTo first day after it, or {@code null} while current
 * @param supersedesId the version this one replaces, or {@code null}
 * @param source the dataset or procedure that made it
 */
public record StandardAddress(
    long id,
    int revision,
    String code,
    AddressKind kind,
    DivisionChain divisions,
    String roadCode,
    long roadNameId,
    String roadName,
    HouseNumber houseNumber,
    String compoundName,
    String building,
    String unit,
    String room,
    Integer floor,
    Point point,
    boolean pointGenerated,
    AddressStatus status,
    LocalDate validFrom,
    LocalDate validTo,
    Long supersedesId,
    String source) {

  public StandardAddress {
    if (kind == null || roadCode == null || roadName == null || houseNumber == null) {
      throw new IllegalArgumentException("an address needs its kind, road and house number");
    }
    switch (kind) {
      case HOUSE_NUMBER -> {
        if (building != null || unit != null || room != null) {
          throw new IllegalArgumentException("a house-number address has no building or room");
        }
      }
      case BUILDING -> {
        if (building == null || unit != null || room != null) {
          throw new IllegalArgumentException("a building address has a building and no room");
        }
      }
      case UNIT_ROOM -> {
        if (building == null || room == null) {
          throw new IllegalArgumentException("a room address has a building and a room");
        }
      }
    }
  }

  /** The standard text, e.g. 昌吉市北京南路12号3栋2单元301室. */
  public String text() {
    return divisions.countyName() + localText();
  }

  /** The text from the road on, e.g. 北京南路12号3栋2单元301室. */
  public String localText() {
    return roadName + detailText(houseNumber, building, unit, room);
  }

  /** House number, building, unit and room as written in an address. */
  public static String detailText(
      HouseNumber houseNumber, String building, String unit, String room) {
    StringBuilder text = new StringBuilder(houseNumber.text());
    if (building != null) {
      text.append(building).append('栋');
    }
    if (unit != null) {
      text.append(unit).append("单元");
    }
    if (room != null) {
      text.append(room).append('室');
    }
    return text.toString();
  }

  /** The entity tag of this revision. */
  public String etag() {
    return "\"a" + id + "-" + revision + "\"";
  }

  /** This address as a new version on the renamed road {@code newRoadName} (id 0, CURRENT). */
  public StandardAddress onRenamedRoad(long newRoadNameId, String newRoadName, LocalDate from) {
    return new StandardAddress(
        0,
        1,
        code,
        kind,
        divisions,
        roadCode,
        newRoadNameId,
        newRoadName,
        houseNumber,
        compoundName,
        building,
        unit,
        room,
        floor,
        point,
        pointGenerated,
        AddressStatus.CURRENT,
        from,
        null,
        id,
        source);
  }

  /** This version closed on {@code day} with {@code newStatus}. */
  public StandardAddress closed(AddressStatus newStatus, LocalDate day) {
    return new StandardAddress(
        id,
        revision,
        code,
        kind,
        divisions,
        roadCode,
        roadNameId,
        roadName,
        houseNumber,
        compoundName,
        building,
        unit,
        room,
        floor,
        point,
        pointGenerated,
        newStatus,
        validFrom,
        day,
        supersedesId,
        source);
  }

  /** This address with id and revision as stored. */
  public StandardAddress stored(long newId, int newRevision) {
    return new StandardAddress(
        newId,
        newRevision,
        code,
        kind,
        divisions,
        roadCode,
        roadNameId,
        roadName,
        houseNumber,
        compoundName,
        building,
        unit,
        room,
        floor,
        point,
        pointGenerated,
        status,
        validFrom,
        validTo,
        supersedesId,
        source);
  }
}
