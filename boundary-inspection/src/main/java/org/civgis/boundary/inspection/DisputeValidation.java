package org.civgis.boundary.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What a dispute must be to be recorded, field by field; a refusal names the field ({@link
 * InspectionRefusedException}).
 *
 * <ol>
 *   <li>{@code parties}: at least two, all different, each a division that exists on the day.
 *   <li>{@code documents}: each of a known kind ({@link InspectionRound.RoundDocument#KINDS}), with
 *       a title.
 *   <li>{@code roundId}: the round exists, and every party is one of its two sides; a dispute of
 *       the 奇台县—木垒县 round is between 奇台县 and 木垒县. {@code lineCode}, if given too, is one of the
 *       round's lines.
 *   <li>{@code lineCode}: a line valid on the day, and both its sides are parties.
 *   <li>{@code area}: it lies in the parties' divisions: at most {@value #MAX_OUTSIDE_SHARE} of its
 *       area (in its Gauss-Krüger zone) outside them, for borders drawn less exactly than the area.
 *       A disputed area need not touch the line: one side may claim land well inside the other's
 *       recorded territory. When a party's division has no geometry on record, the area must at
 *       least overlap the divisions of the others.
 * </ol>
 *
 * <p>Who may record a dispute (whose jurisdiction holds a party) is the caller's check.
 */
public final class DisputeValidation {
  /** The share of a disputed area that may lie outside the parties' divisions. */
  public static final double MAX_OUTSIDE_SHARE = 0.01;

  private final DivisionRepository divisions;
  private final BoundaryLineRepository lines;
  private final RoundRepository rounds;

  public DisputeValidation(
      DivisionRepository divisions, BoundaryLineRepository lines, RoundRepository rounds) {
    this.divisions = divisions;
    this.lines = lines;
    this.rounds = rounds;
  }

  /** Refuses {@code dispute} unless it holds on {@code day}; see the class contract. */
  public void check(Dispute dispute, LocalDate day) {
    List<String> parties = dispute.parties();
    if (parties.size() < 2 || new HashSet<>(parties).size() != parties.size()) {
      throw new InspectionRefusedException("parties", "须列出至少两个不同的区划代码");
    }
    List<Division> partyDivisions =
        parties.stream()
            .map(
                code ->
                    (CodeNesting.isCode(code)
                            ? divisions.findByCode(code, day)
                            : Optional.<Division>empty())
                        .orElseThrow(
                            () ->
                                new InspectionRefusedException(
                                    "parties", day + " 没有代码为 " + code + " 的区划")))
            .toList();
    checkDocuments(dispute.documents());
    if (dispute.roundId() != null) {
      InspectionRound round =
          rounds
              .find(dispute.roundId())
              .orElseThrow(
                  () ->
                      new InspectionRefusedException(
                          "roundId", "没有编号为 " + dispute.roundId() + " 的联检轮次"));
      for (String party : parties) {
        if (!round.isSide(party)) {
          throw new InspectionRefusedException(
              "parties",
              party
                  + " 不是联检轮次 "
                  + round.id()
                  + " 的一方：该轮的争议只能在牵头方 "
                  + round.leadCode()
                  + " 与配合方 "
                  + round.assistingCode()
                  + " 之间");
        }
      }
      if (dispute.lineCode() != null && !round.lineCodes().contains(dispute.lineCode())) {
        throw new InspectionRefusedException(
            "lineCode", "界线 " + dispute.lineCode() + " 不在联检轮次 " + round.id() + " 中");
      }
    }
    if (dispute.lineCode() != null) {
      BoundaryLine line =
          lines
              .findByCode(dispute.lineCode(), day, day)
              .orElseThrow(
                  () ->
                      new InspectionRefusedException(
                          "lineCode", day + " 没有编号为 " + dispute.lineCode() + " 的界线"))
              .line();
      if (!parties.contains(line.leftCode()) || !parties.contains(line.rightCode())) {
        throw new InspectionRefusedException(
            "parties",
            "界线 "
                + line.lineCode()
                + " 两侧的 "
                + line.leftCode()
                + " 和 "
                + line.rightCode()
                + " 须都是当事方");
      }
    }
    checkArea(dispute.area(), partyDivisions);
  }

  private static void checkDocuments(List<InspectionRound.RoundDocument> documents) {
    for (int i = 0; i < documents.size(); i++) {
      InspectionRound.RoundDocument d = documents.get(i);
      if (!InspectionRound.RoundDocument.KINDS.contains(d.kind())) {
        throw new InspectionRefusedException(
            "documents[" + i + "].kind",
            "须为 " + String.join("、", InspectionRound.RoundDocument.KINDS) + " 之一");
      }
      if (d.title() == null || d.title().isBlank()) {
        throw new InspectionRefusedException("documents[" + i + "].title", "必填");
      }
    }
  }

  private static void checkArea(Geometry area, List<Division> parties) {
    List<Geometry> known =
        parties.stream().map(Division::geometry).filter(g -> g != null && !g.isEmpty()).toList();
    if (known.isEmpty()) {
      return;
    }
    Geometry outside = area;
    for (Geometry party : known) {
      if (outside.isEmpty()) {
        break;
      }
      if (outside.getEnvelopeInternal().intersects(party.getEnvelopeInternal())) {
        outside = OverlayNGRobust.overlay(outside, party, OverlayNG.DIFFERENCE);
      }
    }
    GaussKrugerProjection zone = GaussKrugerProjection.forGeometry(area);
    double areaSquareMeters = zone.toZone(area).getArea();
    double outsideSquareMeters = outside.isEmpty() ? 0 : zone.toZone(outside).getArea();
    boolean allKnown = known.size() == parties.size();
    if (allKnown && outsideSquareMeters > MAX_OUTSIDE_SHARE * areaSquareMeters) {
      throw new InspectionRefusedException(
          "area",
          String.format(
              Locale.ROOT,
              "争议区有 %.0f%% 的面积在当事方的行政区域之外",
              100 * outsideSquareMeters / areaSquareMeters));
    }
    if (!allKnown && known.stream().noneMatch(area::intersects)) {
      throw new InspectionRefusedException("area", "争议区与当事方的行政区域不相交");
    }
  }
}
