package org.civgis.gazetteer.sign;

import java.time.LocalDate;
import org.locationtech.jts.geom.Point;

/**
 * A place-name sign (地名标志) as installed.
 *
 * <p>Contract: a sign shows either a place name ({@code placeNameCode}: road, street, lane,
 * community, village and boundary signs) or an address ({@code addressCode}: house-number and
 * building plates), never both. Its compliance is not part of the record: it is computed from the
 * library ({@link ComplianceCheck}) and stored beside it by the repository.
 *
 * @param id row id, 0 before it is stored
 * @param revision increases with every edit (optimistic locking)
 * @param code the sign's number in the inventory, e.g. {@code 652301-S000012}
 * @param type the type of sign
 * @param point where it stands, CGCS2000 longitude/latitude
 * @param pointGenerated whether the position was generated for the demo
 * @param placeNameCode the place-name code of the feature it names, or {@code null}
 * @param addressCode the code of the address it shows, or {@code null}
 * @param installedText the Chinese text on the sign
 * @param installedRomanization the romanization on the sign, or {@code null} if it has none
 * @param material e.g. 铝合金反光膜, or {@code null}
 * @param widthMillimetres size of the plate, or {@code null}
 * @param heightMillimetres size of the plate, or {@code null}
 * @param installer who installed it, or {@code null}
 * @param installedOn when, or {@code null}
 * @param condition its condition as last recorded
 * @param removedOn when it was taken away, or {@code null} while it stands
 * @param remarks free remarks, or {@code null}
 * @param source the dataset or procedure that recorded it
 */
public record PlaceNameSign(
    long id,
    int revision,
    String code,
    SignType type,
    Point point,
    boolean pointGenerated,
    String placeNameCode,
    String addressCode,
    String installedText,
    String installedRomanization,
    String material,
    Integer widthMillimetres,
    Integer heightMillimetres,
    String installer,
    LocalDate installedOn,
    SignCondition condition,
    LocalDate removedOn,
    String remarks,
    String source) {

  public PlaceNameSign {
    if (type == null || point == null || condition == null) {
      throw new IllegalArgumentException("a sign needs its type, position and condition");
    }
    if ((placeNameCode == null) == (addressCode == null)) {
      throw new IllegalArgumentException("a sign shows either a place name or an address");
    }
    if (type.showsAddress() != (addressCode != null)) {
      throw new IllegalArgumentException(
          type.chineseName() + (type.showsAddress() ? "须对应一个标准地址" : "须对应一个地名"));
    }
    if (installedText == null || installedText.isBlank()) {
      throw new IllegalArgumentException("a sign shows a text");
    }
  }

  /** The entity tag of this revision. */
  public String etag() {
    return "\"s" + id + "-" + revision + "\"";
  }

  /** This sign with its condition as found on a patrol. */
  public PlaceNameSign withCondition(SignCondition found) {
    return new PlaceNameSign(
        id,
        revision,
        code,
        type,
        point,
        pointGenerated,
        placeNameCode,
        addressCode,
        installedText,
        installedRomanization,
        material,
        widthMillimetres,
        heightMillimetres,
        installer,
        installedOn,
        found,
        removedOn,
        remarks,
        source);
  }
}
