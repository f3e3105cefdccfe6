package org.civgis.boundary.division;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One version of an administrative division.
 *
 * @param code the 12-digit statistical division code
 * @param name the name valid in this version, e.g. 昌吉市
 * @param level the level in the hierarchy
 * @param parentCode the code of the parent division, {@code null} for a province
 * @param validFrom first day of this version, {@code null} when it began before our records
 * @param validTo first day after this version, {@code null} while it is current
 * @param geometry MultiPolygon in CGCS2000 (SRID 4490), {@code null} when none is known
 * @param source the dataset or act that attests this version
 * @param status publication status of this version
 * @param remarks free remarks (备注), or {@code null}
 */
public record Division(
    String code,
    String name,
    DivisionLevel level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    Geometry geometry,
    String source,
    RecordStatus status,
    String remarks) {

  /** A published version without remarks. */
  public Division(
      String code,
      String name,
      DivisionLevel level,
      String parentCode,
      LocalDate validFrom,
      LocalDate validTo,
      Geometry geometry,
      String source) {
    this(
        code,
        name,
        level,
        parentCode,
        validFrom,
        validTo,
        geometry,
        source,
        RecordStatus.PUBLISHED,
        null);
  }

  public Division {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("division " + code + " needs a name");
    }
    if (level == null || status == null) {
      throw new IllegalArgumentException("division " + code + " needs a level and a status");
    }
    if (!DivisionCode.isValid(code)) {
      throw new IllegalArgumentException("division code must have 12 digits: " + code);
    }
    if (parentCode != null && !DivisionCode.isValid(parentCode)) {
      throw new IllegalArgumentException("parent code must have 12 digits: " + parentCode);
    }
    if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
      throw new IllegalArgumentException(
          "version of " + code + " ends (" + validTo + ") before it starts (" + validFrom + ")");
    }
  }

  /** A copy with {@code newName}, {@code newGeometry}, {@code newStatus}, {@code newRemarks}. */
  public Division edited(
      String newName, Geometry newGeometry, RecordStatus newStatus, String newRemarks) {
    return new Division(
        code,
        newName,
        level,
        parentCode,
        validFrom,
        validTo,
        newGeometry,
        source,
        newStatus,
        newRemarks);
  }

  /** Whether {@code otherCode} is this division's code or the code of a division under it. */
  public boolean contains(String otherCode) {
    return otherCode.startsWith(code.substring(0, level.significantDigits()));
  }

  /** Whether this version is valid on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || date.isBefore(validTo));
  }
}
