package org.civgis.web.inspection;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.boundary.inspection.InspectionFinding;
import org.civgis.boundary.inspection.MarkerRecord;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.inspection.SegmentRecord;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.web.tabular.BeijingTime;

/**
 * The report of a round: a PDF (A4, Noto Sans CJK from the system's fonts, embedded) with the map
 * figure, a summary, the marker status table, the segment records, the findings with their
 * resolutions and the sign-offs; and an XLSX with the same tables.
 */
final class InspectionReport {
  /** Debian's fonts-noto-cjk; index 2 of the collection is Simplified Chinese. */
  static final String FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";

  static final List<String> MARKER_COLUMNS =
      List.of("界桩编号", "记录经度", "记录纬度", "检查状况", "偏差（米）", "定位精度（米）", "方位物", "外业组", "记录冲突");
  static final List<String> FINDING_COLUMNS = List.of("编号", "来源", "类型", "严重程度", "说明", "状态", "处理结果");

  private InspectionReport() {}

  static byte[] pdf(RoundReportData data) {
    BaseFont base;
    try {
      base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("系统中没有 Noto Sans CJK 字体（fonts-noto-cjk）", e);
    }
    Font title = new Font(base, 16, Font.BOLD);
    Font heading = new Font(base, 12, Font.BOLD);
    Font body = new Font(base, 9);
    Font small = new Font(base, 7.5f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 40, 40);
    PdfWriter.getInstance(document, out);
    document.open();
    Paragraph head = new Paragraph(data.round().title() + " 检查报告", title);
    head.setAlignment(Element.ALIGN_CENTER);
    document.add(head);
    if (data.round().generated()) {
      Paragraph note = new Paragraph("演示数据：本轮联检为生成数据，并未实际进行", small);
      note.setAlignment(Element.ALIGN_CENTER);
      document.add(note);
    }

    document.add(new Paragraph("一、概况", heading));
    var stats = data.deviations();
    long visited = data.markers().stream().filter(r -> r.latest() != null).count();
    long open = data.findings().stream().filter(f -> f.status().equals("OPEN")).count();
    document.add(
        new Paragraph(
            String.format(
                Locale.ROOT,
                "牵头方：%s；配合方：%s；计划时间：%s 至 %s；状态：%s。检查%s，共有界桩 %d 个，已检查 %d 个；"
                    + "界线段记录 %d 条。实测界桩 %d 个，平均偏差 %.2f 米，最大 %.2f 米，中误差 %.2f 米，超过限差 %.2f 米的 %d 个。"
                    + "问题 %d 个，其中未处理 %d 个。",
                data.leadName(),
                data.assistingName(),
                data.round().plannedStart(),
                data.round().plannedEnd(),
                data.round().status().chineseName(),
                lineNames(data),
                data.markers().size(),
                visited,
                data.segments().size(),
                stats.measured(),
                stats.meanMeters(),
                stats.maxMeters(),
                stats.rmsMeters(),
                stats.toleranceMeters(),
                stats.overTolerance(),
                data.findings().size(),
                open),
            body));

    document.add(new Paragraph("二、界线与界桩示意图", heading));
    try {
      Image figure = Image.getInstance(RoundMapFigure.png(data));
      figure.scaleToFit(document.getPageSize().getWidth() - 72, 340);
      figure.setAlignment(Element.ALIGN_CENTER);
      document.add(figure);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    document.add(new Paragraph("三、界桩状况表", heading));
    PdfPTable markers =
        table(MARKER_COLUMNS, small, new float[] {2.6f, 1.5f, 1.4f, 1, 1, 1, 1, 1.6f, 1});
    for (List<String> row : markerRows(data)) {
      row.forEach(cell -> markers.addCell(cell(cell, small)));
    }
    document.add(markers);

    document.add(new Paragraph("四、界线段检查记录", heading));
    PdfPTable segments =
        table(
            List.of("任务", "地形变化", "界线可辨认", "跨界建设", "外业组", "说明"),
            small,
            new float[] {1, 1, 1, 1, 1.5f, 3});
    for (SegmentRecord s : data.segments()) {
      for (String cell :
          List.of(
              String.valueOf(s.taskId()),
              yes(s.terrainChanged()),
              yes(s.lineIdentifiable()),
              yes(s.construction()),
              s.team(),
              nz(s.notes()))) {
        segments.addCell(cell(cell, small));
      }
    }
    document.add(segments);

    document.add(new Paragraph("五、问题及处理", heading));
    PdfPTable findings =
        table(FINDING_COLUMNS, small, new float[] {0.7f, 1, 1.6f, 0.8f, 4, 0.8f, 2.2f});
    for (List<String> row : findingRows(data)) {
      row.forEach(cell -> findings.addCell(cell(cell, small)));
    }
    document.add(findings);

    document.add(new Paragraph("六、双方签认", heading));
    if (data.signOffs().isEmpty()) {
      document.add(new Paragraph("尚未签认。", body));
    }
    for (RoundRepository.SignOff s : data.signOffs()) {
      String side =
          s.sideCode().equals(data.round().leadCode()) ? data.leadName() : data.assistingName();
      document.add(
          new Paragraph(
              side
                  + "："
                  + s.statement()
                  + "（"
                  + s.signerName()
                  + "，"
                  + s.signedBy()
                  + "，"
                  + BeijingTime.minute(s.signedAt())
                  + "）",
              body));
    }
    document.add(new Chunk(" "));
    document.close();
    return out.toByteArray();
  }

  static byte[] xlsx(RoundReportData data) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheet(workbook, "界桩状况", MARKER_COLUMNS, markerRows(data));
      sheet(workbook, "问题及处理", FINDING_COLUMNS, findingRows(data));
      sheet(
          workbook,
          "界线段",
          List.of("任务", "地形变化", "界线可辨认", "跨界建设", "外业组", "说明", "时间"),
          data.segments().stream()
              .map(
                  s ->
                      List.of(
                          String.valueOf(s.taskId()),
                          yes(s.terrainChanged()),
                          yes(s.lineIdentifiable()),
                          yes(s.construction()),
                          s.team(),
                          nz(s.notes()),
                          BeijingTime.minute(s.observedAt())))
              .toList());
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<List<String>> markerRows(RoundReportData data) {
    return data.markers().stream()
        .map(
            row -> {
              MarkerRecord r = row.latest();
              return List.of(
                  row.marker().number(),
                  String.format(Locale.ROOT, "%.6f", row.marker().position().getX()),
                  String.format(Locale.ROOT, "%.6f", row.marker().position().getY()),
                  r == null ? "未检查" : conditionName(r.condition()),
                  r == null || r.deviationMeters() == null
                      ? ""
                      : String.format(Locale.ROOT, "%.2f", r.deviationMeters()),
                  r == null || r.accuracyMeters() == null
                      ? ""
                      : String.format(Locale.ROOT, "%.2f", r.accuracyMeters()),
                  r == null || r.landmarksComplete() == null
                      ? ""
                      : (r.landmarksComplete() ? "齐全" : "不全"),
                  r == null ? "" : r.team(),
                  r != null && r.conflict() ? "有（" + row.records().size() + " 条）" : "");
            })
        .toList();
  }

  static List<List<String>> findingRows(RoundReportData data) {
    return data.findings().stream()
        .map(
            (InspectionFinding f) ->
                List.of(
                    String.valueOf(f.id()),
                    originName(f.origin()),
                    f.typeName(),
                    f.severityName(),
                    f.detail()
                        + (f.trend() == null ? "" : f.trend().equals("NEW") ? "（新发现）" : "（上一轮已有）"),
                    f.status().equals("OPEN") ? "未处理" : "已处理",
                    nz(f.resolution())))
        .toList();
  }

  private static void sheet(
      XSSFWorkbook workbook, String name, List<String> header, List<List<String>> rows) {
    Sheet sheet = workbook.createSheet(name);
    Row first = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      first.createCell(c).setCellValue(header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
    for (int c = 0; c < header.size(); c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
  }

  private static PdfPTable table(List<String> header, Font font, float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String h : header) {
      PdfPCell cell = cell(h, font);
      cell.setGrayFill(0.88f);
      table.addCell(cell);
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(3);
    return cell;
  }

  static String conditionName(MarkerCondition c) {
    return switch (c) {
      case INTACT -> "完好";
      case DAMAGED -> "损坏";
      case DISPLACED -> "移位";
      case MISSING -> "丢失";
    };
  }

  private static String originName(String origin) {
    return switch (origin) {
      case "DESK_CHECK" -> "内业检查";
      case "DEVIATION" -> "界桩偏差";
      case "FIELD" -> "外业记录";
      case "CONFLICT" -> "记录冲突";
      default -> origin;
    };
  }

  /** The round's lines by their sides' names (昌吉市—呼图壁县), in the order of the round. */
  static String lineNames(RoundReportData data) {
    return String.join("、", data.lineNames());
  }

  private static String yes(boolean value) {
    return value ? "是" : "否";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
