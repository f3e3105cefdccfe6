package org.civgis.web.placename;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.gazetteer.placename.AnnualUpdate;
import org.civgis.gazetteer.placename.rules.PlaceCategory;
import org.civgis.web.tabular.CsvWriter;

/**
 * The annual update as a spreadsheet (XLSX: a summary sheet, then one sheet per county) or as CSV
 * (one table with the county column; UTF-8 with a byte-order mark, which Excel needs to read
 * Chinese; text that a spreadsheet would run as a formula is neutralised, see {@link CsvWriter}).
 * The column layout is {@link #COLUMNS}, documented in the gazetteer's README.
 */
final class AnnualUpdateExport {
  /** The columns of the report, in order. */
  static final List<String> COLUMNS =
      List.of(
          "序号", "县级区划代码", "变更类型", "生效日期", "地名代码", "标准名称", "原名称", "地名类别代码", "地名类别", "罗马字母拼写", "批准机关",
          "批准日期", "批准文号", "公告编号", "备注");

  private static final List<Function<AnnualUpdate.Row, Object>> VALUES =
      List.of(
          AnnualUpdate.Row::countyCode,
          r -> r.change().chineseName(),
          AnnualUpdate.Row::effectiveOn,
          AnnualUpdate.Row::code,
          AnnualUpdate.Row::standardName,
          AnnualUpdate.Row::formerName,
          AnnualUpdate.Row::categoryCode,
          r -> categoryName(r.categoryCode()),
          AnnualUpdate.Row::romanization,
          AnnualUpdate.Row::approvalAuthority,
          AnnualUpdate.Row::approvalDate,
          AnnualUpdate.Row::approvalDocumentNo,
          AnnualUpdate.Row::announcementNo,
          AnnualUpdate.Row::note);

  private AnnualUpdateExport() {}

  static byte[] xlsx(int year, List<AnnualUpdate.Row> rows, Map<String, String> countyNames) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);

      Map<String, List<AnnualUpdate.Row>> byCounty = new LinkedHashMap<>();
      for (AnnualUpdate.Row row : rows) {
        byCounty.computeIfAbsent(row.countyCode(), c -> new java.util.ArrayList<>()).add(row);
      }

      Sheet summary = workbook.createSheet("汇总");
      Row title = summary.createRow(0);
      title.createCell(0).setCellValue(year + " 年度地名信息更新（" + rows.size() + " 条）");
      Row summaryHeader = summary.createRow(1);
      String[] summaryColumns = {"县级区划代码", "县级区划名称", "新增", "更名", "注销", "属性变更", "合计"};
      for (int i = 0; i < summaryColumns.length; i++) {
        cell(summaryHeader, i, summaryColumns[i]).setCellStyle(header);
      }
      int r = 2;
      for (Map.Entry<String, List<AnnualUpdate.Row>> county : byCounty.entrySet()) {
        Map<AnnualUpdate.Change, Integer> counts = new EnumMap<>(AnnualUpdate.Change.class);
        county.getValue().forEach(row -> counts.merge(row.change(), 1, Integer::sum));
        Row line = summary.createRow(r++);
        cell(line, 0, county.getKey());
        cell(line, 1, countyNames.getOrDefault(county.getKey(), ""));
        int c = 2;
        for (AnnualUpdate.Change change : AnnualUpdate.Change.values()) {
          line.createCell(c++).setCellValue(counts.getOrDefault(change, 0));
        }
        line.createCell(c).setCellValue(county.getValue().size());
      }

      for (Map.Entry<String, List<AnnualUpdate.Row>> county : byCounty.entrySet()) {
        String name = countyNames.getOrDefault(county.getKey(), "");
        Sheet sheet = workbook.createSheet(county.getKey() + (name.isEmpty() ? "" : " " + name));
        Row head = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
          cell(head, i, COLUMNS.get(i)).setCellStyle(header);
        }
        int n = 1;
        for (AnnualUpdate.Row row : county.getValue()) {
          Row line = sheet.createRow(n);
          line.createCell(0).setCellValue(n);
          for (int i = 0; i < VALUES.size(); i++) {
            Object value = VALUES.get(i).apply(row);
            cell(line, i + 1, value == null ? "" : value.toString());
          }
          n++;
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
          sheet.setColumnWidth(i, 14 * 256);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] csv(List<AnnualUpdate.Row> rows) {
    CsvWriter csv = CsvWriter.forExcel().row(COLUMNS);
    int n = 1;
    for (AnnualUpdate.Row row : rows) {
      List<Object> values = new java.util.ArrayList<>();
      values.add(n++);
      for (Function<AnnualUpdate.Row, Object> value : VALUES) {
        Object v = value.apply(row);
        values.add(v == null || v instanceof Number ? v : v.toString());
      }
      csv.row(values);
    }
    return csv.toBytes();
  }

  /** The Chinese name of a category code (城镇街巷 for 0801); empty when there is no category. */
  static String categoryName(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    try {
      return PlaceCategory.fromCode(code).chineseName();
    } catch (IllegalArgumentException e) {
      return "未知类别";
    }
  }

  private static Cell cell(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    return cell;
  }
}
