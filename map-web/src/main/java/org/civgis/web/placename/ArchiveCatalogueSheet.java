package org.civgis.web.placename;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.gazetteer.placename.archive.ArchiveCategory;
import org.civgis.gazetteer.placename.archive.ArchiveItem;
import org.civgis.gazetteer.placename.archive.ArchiveNumber;
import org.civgis.gazetteer.placename.archive.Classification;
import org.civgis.gazetteer.placename.archive.PackageRefusedException;
import org.civgis.gazetteer.placename.archive.Retention;
import org.civgis.gazetteer.placename.archive.TransferPackage;

/**
 * The catalogue of a transfer package (目录.xlsx): one sheet 「地名档案目录」, a header row of {@link
 * #COLUMNS} and one row per document; every value is text (dates as YYYY-MM-DD). Reading it back
 * refuses a row that cannot be a catalogue line, naming the catalogue, the row and the column.
 */
final class ArchiveCatalogueSheet {
  static final List<String> COLUMNS =
      List.of(
          "档号", "题名", "文件日期", "保管期限", "密级", "页数", "类别", "地名代码", "标准名称", "文件", "SHA-256", "字节数",
          "媒体类型");

  private ArchiveCatalogueSheet() {}

  /** The path of a document's file in the package. */
  static String path(ArchiveItem item) {
    return TransferPackage.FILES
        + item.archiveNo()
        + "-"
        + item.fileName().replaceAll("[/\\\\:]", "_");
  }

  static byte[] write(List<ArchiveItem> items) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      Sheet sheet = workbook.createSheet("地名档案目录");
      Row head = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(COLUMNS.get(c));
        cell.setCellStyle(header);
      }
      int r = 1;
      for (ArchiveItem item : items) {
        List<String> values =
            List.of(
                item.archiveNo().toString(),
                item.title(),
                item.documentDate().toString(),
                item.retention().chineseName(),
                item.classification().chineseName(),
                Integer.toString(item.pages()),
                item.category().chineseName(),
                item.placeNameCode(),
                item.standardName(),
                path(item),
                item.sha256(),
                Integer.toString(item.sizeBytes()),
                item.mediaType());
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          row.createCell(c).setCellValue(values.get(c));
        }
      }
      sheet.setColumnWidth(0, 24 * 256);
      sheet.setColumnWidth(1, 40 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A catalogue line read back with the path of its file. */
  record Line(ArchiveItem item, String path) {}

  static List<Line> read(byte[] xlsx) {
    String where = TransferPackage.CATALOGUE;
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      Row head = sheet.getRow(0);
      Map<String, Integer> columns = new HashMap<>();
      if (head != null) {
        for (Cell cell : head) {
          columns.put(format.formatCellValue(cell).trim(), cell.getColumnIndex());
        }
      }
      for (String column : COLUMNS) {
        if (!columns.containsKey(column)) {
          throw new PackageRefusedException(where, "表头缺少列「" + column + "」");
        }
      }
      List<Line> lines = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<String, String> v = new HashMap<>();
        for (String column : COLUMNS) {
          Cell cell = row.getCell(columns.get(column));
          v.put(column, cell == null ? "" : format.formatCellValue(cell).trim());
        }
        if (v.values().stream().allMatch(String::isEmpty)) {
          continue;
        }
        String at = "第 " + (r + 1) + " 行";
        ArchiveNumber number =
            ArchiveNumber.parse(v.get("档号"))
                .orElseThrow(
                    () ->
                        new PackageRefusedException(
                            where, at + "「档号」须形如 652302-DM-2024-Y-0001，收到「" + v.get("档号") + "」"));
        Retention retention =
            Retention.ofChineseName(v.get("保管期限"))
                .orElseThrow(
                    () -> new PackageRefusedException(where, at + "「保管期限」须为 永久、30年 或 10年"));
        if (retention != number.retention()) {
          throw new PackageRefusedException(where, at + "「保管期限」与档号中的期限代码不一致");
        }
        Classification classification =
            Classification.ofChineseName(v.get("密级"))
                .orElseThrow(() -> new PackageRefusedException(where, at + "「密级」须为 公开、内部 或 秘密"));
        ArchiveCategory category =
            ArchiveCategory.ofChineseName(v.get("类别"))
                .orElseThrow(
                    () -> new PackageRefusedException(where, at + "「类别」须为 命名程序文件、地名普查登记 或 地名标志记录"));
        LocalDate date;
        int pages;
        int size;
        try {
          date = LocalDate.parse(v.get("文件日期"));
        } catch (DateTimeParseException e) {
          throw new PackageRefusedException(where, at + "「文件日期」须为日期，例如 2024-03-10");
        }
        try {
          pages = Integer.parseInt(v.get("页数"));
          size = Integer.parseInt(v.get("字节数"));
        } catch (NumberFormatException e) {
          throw new PackageRefusedException(where, at + "「页数」和「字节数」须为整数");
        }
        if (pages < 1 || v.get("题名").isEmpty() || v.get("地名代码").isEmpty()) {
          throw new PackageRefusedException(where, at + "「题名」「地名代码」不能为空，「页数」至少为 1");
        }
        if (!v.get("SHA-256").matches("[0-9a-f]{64}")) {
          throw new PackageRefusedException(where, at + "「SHA-256」须为 64 位十六进制小写");
        }
        String path = v.get("文件");
        String fileName =
            path.startsWith(TransferPackage.FILES + number + "-")
                ? path.substring((TransferPackage.FILES + number + "-").length())
                : path.substring(path.lastIndexOf('/') + 1);
        lines.add(
            new Line(
                new ArchiveItem(
                    0,
                    number,
                    category,
                    v.get("地名代码"),
                    null,
                    v.get("标准名称"),
                    v.get("题名"),
                    date,
                    retention,
                    classification,
                    pages,
                    fileName,
                    v.get("媒体类型").isEmpty() ? "application/octet-stream" : v.get("媒体类型"),
                    size,
                    v.get("SHA-256"),
                    null),
                path));
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      if (e instanceof PackageRefusedException refused) {
        throw refused;
      }
      throw new PackageRefusedException(where, "不是可读的 XLSX 目录（" + e.getMessage() + "）");
    }
  }
}
