package org.civgis.web.compilation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.gazetteer.compilation.CompilationWorklist;
import org.civgis.gazetteer.compilation.DictionaryEntry;
import org.civgis.gazetteer.compilation.FormerName;
import org.civgis.gazetteer.compilation.PlaceNameDictionary;

/**
 * The dictionary's data as XLSX (sheets 词条, 曾用地名, 编纂待办) and the worklist alone (汇总, 待办清单). Cells
 * hold the record's values: empty where the record has none (the book prints 待补 there).
 */
final class BookSpreadsheet {
  static final List<String> ENTRY_COLUMNS =
      List.of(
          "序号",
          "地名代码",
          "标准名称",
          "汉语拼音",
          "罗马字母拼写",
          "类别代码",
          "类别",
          "所在政区",
          "经度",
          "纬度",
          "示意位置",
          "位置描述",
          "含义/由来",
          "历史沿革",
          "面积（平方千米）",
          "人口（2020年）");
  static final List<String> WORKLIST_COLUMNS =
      List.of("地名ID", "地名代码", "标准名称", "县级政区", "所在政区", "缺含义/由来", "缺历史沿革", "缺实测坐标", "缺罗马字母拼写");
  static final List<String> COUNT_COLUMNS =
      List.of("县级区划代码", "县级政区", "词条", "完备", "缺含义/由来", "缺历史沿革", "缺实测坐标", "缺罗马字母拼写");

  private BookSpreadsheet() {}

  static byte[] dictionary(PlaceNameDictionary book, CompilationWorklist worklist) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle header = header(workbook);
      Sheet entries = workbook.createSheet("词条");
      headerRow(entries, ENTRY_COLUMNS, header);
      int r = 1;
      for (DictionaryEntry e : book.entries()) {
        Row row = entries.createRow(r);
        row.createCell(0).setCellValue(r);
        text(row, 1, e.code());
        text(row, 2, e.standardName());
        text(row, 3, e.tonedPinyin());
        text(row, 4, e.romanization());
        text(row, 5, e.categoryCode());
        text(row, 6, e.categoryName());
        text(row, 7, e.location());
        if (e.hasPosition()) {
          row.createCell(8).setCellValue(e.lon());
          row.createCell(9).setCellValue(e.lat());
        }
        text(row, 10, e.positionGenerated() ? "是" : "否");
        text(row, 11, e.locationText());
        text(row, 12, e.meaningOrigin());
        text(row, 13, e.history());
        if (e.areaKm2() != null) {
          row.createCell(14).setCellValue(e.areaKm2());
        }
        if (e.population2020() != null) {
          row.createCell(15).setCellValue(e.population2020());
        }
        r++;
      }
      entries.createFreezePane(3, 1);
      Sheet former = workbook.createSheet("曾用地名");
      headerRow(former, List.of("曾用名", "地名代码", "启用日期", "停用日期", "变更", "现名称"), header);
      r = 1;
      for (FormerName f : book.formerNames()) {
        Row row = former.createRow(r++);
        text(row, 0, f.name());
        text(row, 1, f.code());
        text(row, 2, f.validFrom() == null ? null : f.validFrom().toString());
        text(row, 3, f.validTo().toString());
        text(row, 4, f.ending());
        text(row, 5, f.successor());
      }
      worklistSheets(workbook, worklist, header, "编纂待办汇总", "编纂待办");
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] worklist(CompilationWorklist worklist) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      worklistSheets(workbook, worklist, header(workbook), "汇总", "待办清单");
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void worklistSheets(
      XSSFWorkbook workbook,
      CompilationWorklist worklist,
      CellStyle header,
      String countsName,
      String itemsName) {
    Sheet counts = workbook.createSheet(countsName);
    headerRow(counts, COUNT_COLUMNS, header);
    int r = 1;
    for (CompilationWorklist.CountyCounts c : worklist.counties().values()) {
      Row row = counts.createRow(r++);
      text(row, 0, c.countyCode());
      text(row, 1, c.countyName());
      row.createCell(2).setCellValue(c.entries());
      row.createCell(3).setCellValue(c.complete());
      int col = 4;
      for (DictionaryEntry.Gap gap : DictionaryEntry.Gap.values()) {
        row.createCell(col++).setCellValue(c.lacking().get(gap));
      }
    }
    Sheet items = workbook.createSheet(itemsName);
    headerRow(items, WORKLIST_COLUMNS, header);
    r = 1;
    for (DictionaryEntry e : worklist.items()) {
      Row row = items.createRow(r++);
      row.createCell(0).setCellValue(e.placeNameId());
      text(row, 1, e.code());
      text(row, 2, e.standardName());
      CompilationWorklist.CountyCounts county =
          worklist.counties().get(e.countyCode() == null ? e.divisionCode() : e.countyCode());
      text(row, 3, county == null ? null : county.countyName());
      text(row, 4, e.location());
      int col = 5;
      for (DictionaryEntry.Gap gap : DictionaryEntry.Gap.values()) {
        text(row, col++, e.gaps().contains(gap) ? DictionaryEntry.MISSING : "");
      }
    }
  }

  private static CellStyle header(XSSFWorkbook workbook) {
    CellStyle header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    return header;
  }

  private static void headerRow(Sheet sheet, List<String> columns, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(columns.get(i));
      cell.setCellStyle(style);
    }
  }

  private static void text(Row row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      row.createCell(column).setCellValue(value);
    }
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
