package org.civgis.boundary.change;

import java.time.LocalDate;
import java.util.List;
import org.civgis.boundary.division.DivisionChange;
import org.locationtech.jts.geom.Geometry;

/**
 * A requested division change. Every request names its effective day and may name the act that
 * decides it (批文, e.g. 国函〔2021〕54号), which becomes the new versions' source.
 */
public sealed interface ChangeRequest {
  LocalDate effective();

  String act();

  DivisionChange.Kind kind();

  /** A new name, same code and area (e.g. 哈萨克民族乡 → 哈萨克族乡). */
  record Rename(String code, String newName, LocalDate effective, String act)
      implements ChangeRequest {
    public DivisionChange.Kind kind() {
      return DivisionChange.Kind.RENAME;
    }
  }

  /** A change of type with its new name, same code and area: 撤县设市 (沙湾县 → 沙湾市), 撤乡设镇. */
  record Upgrade(String code, String newName, LocalDate effective, String act)
      implements ChangeRequest {
    public DivisionChange.Kind kind() {
      return DivisionChange.Kind.UPGRADE;
    }
  }

  /**
   * Area moves from one division to a neighbour of the same level: the part of {@code area}
   * (CGCS2000 lon/lat) inside {@code fromCode}.
   */
  record Transfer(String fromCode, String toCode, Geometry area, LocalDate effective, String act)
      implements ChangeRequest {
    public DivisionChange.Kind kind() {
      return DivisionChange.Kind.TRANSFER;
    }
  }

  /**
   * A new division under {@code parentCode}, made of the part of {@code area} inside the {@code
   * donorCodes} (siblings of it); {@code area} may be null when none of them is drawn.
   */
  record Establish(
      String code,
      String name,
      String parentCode,
      List<String> donorCodes,
      Geometry area,
      LocalDate effective,
      String act)
      implements ChangeRequest {
    public Establish {
      donorCodes = List.copyOf(donorCodes);
    }

    public DivisionChange.Kind kind() {
      return DivisionChange.Kind.ESTABLISH;
    }
  }

  /**
   * The divisions {@code mergedCodes} cease and their area joins {@code intoCode}, which may take a
   * new name ({@code null} keeps its own).
   */
  record Merge(
      List<String> mergedCodes, String intoCode, String newName, LocalDate effective, String act)
      implements ChangeRequest {
    public Merge {
      mergedCodes = List.copyOf(mergedCodes);
    }

    public DivisionChange.Kind kind() {
      return DivisionChange.Kind.MERGE;
    }
  }
}
