package org.civgis.web.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.boundary.check.CheckRun;
import org.civgis.boundary.check.StoredFinding;
import org.locationtech.jts.geom.Point;

/**
 * The findings of a check run as a spreadsheet: one row per finding with its type and severity in
 * Chinese, the divisions by name (and code), the measure with its unit as people read it, the
 * Gauss-Krüger zone it was measured in, the detail, and the position of its first point (CGCS2000
 * lon/lat).
 */
final class FindingsWorkbook {
  static final List<String> COLUMNS =
      List.of("序号", "问题类型", "严重程度", "涉及对象", "涉及对象代码", "量值", "量算投影带", "说明", "经度", "纬度");

  private FindingsWorkbook() {}

  static byte[] xlsx(CheckRun run, String scopeName, List<StoredFinding> findings) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      Sheet sheet = workbook.createSheet("拓扑检查");
      sheet
          .createRow(0)
          .createCell(0)
          .setCellValue(
              "拓扑检查 #"
                  + run.id()
                  + "：范围 "
                  + scopeName
                  + "，截至 "
                  + run.asOf()
                  + "，共 "
                  + findings.size()
                  + " 个问题");
      Row head = sheet.createRow(1);
      for (int i = 0; i < COLUMNS.size(); i++) {
        head.createCell(i).setCellValue(COLUMNS.get(i));
        head.getCell(i).setCellStyle(header);
      }
      int r = 2;
      for (StoredFinding f : findings) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r - 1);
        row.createCell(1).setCellValue(f.type().chineseName());
        row.createCell(2).setCellValue(f.severity().chineseName());
        row.createCell(3).setCellValue(String.join("、", f.subjectNames()));
        row.createCell(4).setCellValue(String.join("、", f.subjects()));
        if (f.measure() != null && f.unit() != null) {
          row.createCell(5).setCellValue(f.unit().format(f.measure()));
        }
        if (f.zoneEpsg() != null) {
          row.createCell(6).setCellValue("EPSG:" + f.zoneEpsg());
        }
        row.createCell(7).setCellValue(f.detail() == null ? "" : f.detail());
        if (f.geometry() != null && !f.geometry().isEmpty()) {
          Point at = f.geometry().getFactory().createPoint(f.geometry().getCoordinate());
          row.createCell(8).setCellValue(Math.round(at.getX() * 1e7) / 1e7);
          row.createCell(9).setCellValue(Math.round(at.getY() * 1e7) / 1e7);
        }
        r++;
      }
      sheet.createFreezePane(0, 2);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
