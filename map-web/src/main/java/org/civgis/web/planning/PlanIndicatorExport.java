package org.civgis.web.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.gazetteer.indicator.IndicatorValue;
import org.civgis.gazetteer.indicator.PlanIndicator;

/**
 * The indicators as an XLSX workbook for the bureau's meetings: a sheet 指标 (one row per indicator
 * and area: 指标, 级别, 区划代码, 区域, 数值, 单位, 目标, 是否达标, 分子, 分母, 说明) and a sheet 指标说明 (how each is computed
 * and the plan's target).
 */
final class PlanIndicatorExport {
  static final List<String> HEADER =
      List.of("指标", "级别", "区划代码", "区域", "数值", "单位", "目标", "是否达标", "分子", "分母", "说明");

  private PlanIndicatorExport() {}

  static byte[] xlsx(List<IndicatorValue> values, String scope) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = workbook.createSheet("指标");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("养老服务与民政设施规划指标（" + scope + "）");
      title.getCell(0).setCellStyle(bold);
      Row header = sheet.createRow(1);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
        header.getCell(c).setCellStyle(bold);
      }
      int r = 2;
      for (IndicatorValue v : values) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(v.indicator().chineseName());
        row.createCell(1).setCellValue(level(v.area().level(), v.area().street()));
        row.createCell(2).setCellValue(v.area().code());
        row.createCell(3).setCellValue(v.area().name());
        if (v.value() != null) {
          row.createCell(4).setCellValue(v.value());
        }
        row.createCell(5).setCellValue(unit(v.indicator()));
        row.createCell(6).setCellValue(v.indicator().targetText());
        row.createCell(7)
            .setCellValue(v.meetsTarget() == null ? "无数据" : v.meetsTarget() ? "达标" : "未达标");
        if (v.numerator() != null) {
          row.createCell(8).setCellValue(v.numerator());
        }
        if (v.denominator() != null) {
          row.createCell(9).setCellValue(v.denominator());
        }
        row.createCell(10).setCellValue(v.note() == null ? "" : v.note());
      }
      sheet.createFreezePane(0, 2);
      sheet.setColumnWidth(0, 36 * 256);
      sheet.setColumnWidth(3, 20 * 256);
      sheet.setColumnWidth(6, 24 * 256);
      sheet.setColumnWidth(10, 50 * 256);
      Sheet about = workbook.createSheet("指标说明");
      Row h = about.createRow(0);
      String[] cols = {"指标", "计算方法", "规划目标", "是否依赖服务圈分析"};
      for (int c = 0; c < cols.length; c++) {
        h.createCell(c).setCellValue(cols[c]);
        h.getCell(c).setCellStyle(bold);
      }
      int a = 1;
      for (PlanIndicator i : PlanIndicator.values()) {
        Row row = about.createRow(a++);
        row.createCell(0).setCellValue(i.chineseName());
        row.createCell(1).setCellValue(i.definition());
        row.createCell(2).setCellValue(i.targetText());
        row.createCell(3).setCellValue(i.needsCoverage() ? "是" : "否");
      }
      Row note = about.createRow(a + 1);
      note.createCell(0).setCellValue("昌吉市城区的设施、社区与人口为示意数据（生成），人口为按 2020 年普查比例的估算值。");
      about.setColumnWidth(0, 36 * 256);
      about.setColumnWidth(1, 50 * 256);
      about.setColumnWidth(2, 30 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String level(String level, boolean street) {
    return switch (level) {
      case "PREFECTURE" -> "州";
      case "COUNTY" -> "县（市）";
      default -> street ? "街道" : "乡镇";
    };
  }

  static String unit(PlanIndicator indicator) {
    return switch (indicator.unit()) {
      case PERCENT -> "%";
      case PER_THOUSAND -> "张/千名老年人";
      case COUNT -> "个";
    };
  }
}
