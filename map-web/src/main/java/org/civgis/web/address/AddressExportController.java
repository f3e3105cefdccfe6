package org.civgis.web.address;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.AddressQuery;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.web.placename.DivisionPrefix;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.tabular.CsvWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/addresses/export?format=xlsx|csv}: the current addresses the 地址库 list shows (the
 * same {@code q}, {@code kind} and {@code division} filters as the {@code addresses} collection) as
 * an Excel or CSV file with Chinese column names, kinds and statuses by name, and the CGCS2000
 * longitude and latitude. At most {@value #MAX_ROWS} rows: a larger selection is refused (400) with
 * its size, so a file never holds a silent part of it.
 */
@RestController
class AddressExportController {
  static final int MAX_ROWS = 100_000;
  private static final List<String> HEAD =
      List.of(
          "地址编码", "标准地址", "地址类型", "县级区划", "街道乡镇", "社区村", "道路", "门牌号", "小区", "楼栋", "单元", "户室", "状态",
          "生效日期", "经度", "纬度", "位置为推算");

  private final AddressRepository addresses;
  private final Clock clock;

  AddressExportController(AddressRepository addresses, Clock clock) {
    this.addresses = addresses;
    this.clock = clock;
  }

  @GetMapping("/api/addresses/export")
  ResponseEntity<byte[]> export(
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String division) {
    if (!format.equals("xlsx") && !format.equals("csv")) {
      throw new InvalidParameterException("format", "须为 xlsx 或 csv");
    }
    AddressKind addressKind = null;
    if (kind != null && !kind.isBlank()) {
      try {
        addressKind = AddressKind.valueOf(kind.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("kind", "须为 HOUSE_NUMBER、BUILDING 或 UNIT_ROOM");
      }
    }
    AddressQuery query =
        new AddressQuery(
            LocalDate.now(clock),
            DivisionPrefix.of(division, "division"),
            null,
            addressKind,
            q == null || q.isBlank() ? null : q.strip(),
            null,
            MAX_ROWS,
            0);
    long count = addresses.count(query);
    if (count > MAX_ROWS) {
      throw new InvalidParameterException(
          "q", "共 " + count + " 条地址，超过一次导出的上限 " + MAX_ROWS + " 条，请按地址文字或类型缩小范围");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (StandardAddress a : addresses.find(query)) {
      rows.add(row(a));
    }
    boolean excel = format.equals("xlsx");
    byte[] bytes = excel ? xlsx(rows) : csv(rows);
    String name = "标准地址_" + LocalDate.now(clock) + (excel ? ".xlsx" : ".csv");
    return ResponseEntity.ok()
        .contentType(
            excel
                ? MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }

  private static List<Object> row(StandardAddress a) {
    List<Object> row = new ArrayList<>();
    row.add(a.code());
    row.add(a.text());
    row.add(a.kind().chineseName());
    row.add(a.divisions().countyName());
    row.add(text(a.divisions().townshipName()));
    row.add(text(a.divisions().communityName()));
    row.add(a.roadName());
    row.add(a.houseNumber().text());
    row.add(text(a.compoundName()));
    row.add(text(a.building()));
    row.add(text(a.unit()));
    row.add(text(a.room()));
    row.add(a.status().chineseName());
    row.add(a.validFrom() == null ? "" : a.validFrom().toString());
    row.add(Math.round(a.point().getX() * 1e7) / 1e7);
    row.add(Math.round(a.point().getY() * 1e7) / 1e7);
    row.add(a.pointGenerated() ? "是（示意）" : "否");
    return row;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static byte[] xlsx(List<List<Object>> rows) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("标准地址");
      Row first = sheet.createRow(0);
      for (int c = 0; c < HEAD.size(); c++) {
        first.createCell(c).setCellValue(HEAD.get(c));
      }
      int n = 1;
      for (List<Object> line : rows) {
        Row row = sheet.createRow(n++);
        for (int c = 0; c < line.size(); c++) {
          Object value = line.get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(value));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        // the bytes are written; a temporary file left behind is not the client's problem
      }
    }
  }

  private static byte[] csv(List<List<Object>> rows) {
    CsvWriter csv = CsvWriter.forExcel().row(HEAD);
    for (List<Object> line : rows) {
      csv.row(line);
    }
    return csv.toBytes();
  }
}
