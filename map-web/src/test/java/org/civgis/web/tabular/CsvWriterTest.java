package org.civgis.web.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static List<List<String>> parse(byte[] csv) throws IOException {
    String text = new String(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
      List<String> row = new ArrayList<>();
      record.forEach(row::add);
      rows.add(row);
    }
    return rows;
  }

  // ---- formulas

  @Test
  void textThatASpreadsheetWouldRunGetsAnApostropheAndQuotes() {
    assertThat(CsvWriter.field("=HYPERLINK(\"http://evil.example\",\"点击\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"");
    assertThat(CsvWriter.field("=1+1")).isEqualTo("\"'=1+1\"");
    assertThat(CsvWriter.field("+1+1")).isEqualTo("\"'+1+1\"");
    assertThat(CsvWriter.field("-2+3+cmd|' /C calc'!A0")).isEqualTo("\"'-2+3+cmd|' /C calc'!A0\"");
    assertThat(CsvWriter.field("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
    assertThat(CsvWriter.field("\t=1+1")).isEqualTo("\"'\t=1+1\"");
    assertThat(CsvWriter.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    assertThat(CsvWriter.field("-")).isEqualTo("\"'-\"");
    assertThat(CsvWriter.field("-12.5abc")).isEqualTo("\"'-12.5abc\"");
  }

  @Test
  void numbersStayNumbersInTextAndAsNumbers() {
    for (String number : List.of("-12.5", "+3", "-87.2812345", "1.5e-3", "-1E+5", "-.5", "0")) {
      assertThat(CsvWriter.field(number)).as(number).isEqualTo(number);
    }
    assertThat(CsvWriter.field(-12.5)).isEqualTo("-12.5");
    assertThat(CsvWriter.field(-3)).isEqualTo("-3");
    assertThat(CsvWriter.field(new BigDecimal("-87.10000000"))).isEqualTo("-87.10000000");
  }

  @Test
  void harmlessTextIsWrittenAsItIs() {
    assertThat(CsvWriter.field("昌吉市屯河路36号")).isEqualTo("昌吉市屯河路36号");
    assertThat(CsvWriter.field("a=b")).isEqualTo("a=b");
    assertThat(CsvWriter.field("E-mail: x@y")).isEqualTo("E-mail: x@y");
    assertThat(CsvWriter.field(null)).isEmpty();
    assertThat(CsvWriter.field("")).isEmpty();
  }

  // ---- RFC 4180

  @Test
  void fieldsWithSeparatorsQuotesLineBreaksOrEdgeSpacesAreQuoted() {
    assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.field("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
    assertThat(CsvWriter.field("两行\n文字")).isEqualTo("\"两行\n文字\"");
    assertThat(CsvWriter.field(" 前有空格")).isEqualTo("\" 前有空格\"");
    assertThat(CsvWriter.field("后有空格 ")).isEqualTo("\"后有空格 \"");
  }

  @Test
  void rowsEndInCrlfAndAnExcelFileStartsWithAByteOrderMark() {
    byte[] excel =
        CsvWriter.forExcel().row(List.of("序号", "名称")).row(Arrays.asList(1, null)).toBytes();
    assertThat(new String(excel, StandardCharsets.UTF_8)).isEqualTo("\uFEFF序号,名称\r\n1,\r\n");
    byte[] plain = CsvWriter.plain().row(List.of("a")).toBytes();
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("a\r\n");
  }

  @Test
  void whatIsWrittenReadsBackAsTheValuesWithTheApostropheOnFormulasOnly() throws IOException {
    List<String> values =
        List.of("=HYPERLINK(\"http://x\",\"y\")", "-12.5", "a,\"b\"\nc", "@cmd", "普通文字");
    List<List<String>> read = parse(CsvWriter.forExcel().row(values).toBytes());
    assertThat(read)
        .containsExactly(
            List.of("'=HYPERLINK(\"http://x\",\"y\")", "-12.5", "a,\"b\"\nc", "'@cmd", "普通文字"));
  }

  @Test
  void anotherProgramsCsvIsRewrittenUnderTheSameRules() throws IOException {
    String gdal =
        "WKT,code,name,level\n"
            + "\"POINT (-87.1 44.0)\",\"652301000000\",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"3\"\n"
            + "\"POINT (87.1 44.0)\",\"652302000000\",阜康市,-3\n";
    List<List<String>> read =
        parse(CsvWriter.rewrite(gdal.getBytes(StandardCharsets.UTF_8), false));
    assertThat(read)
        .containsExactly(
            List.of("WKT", "code", "name", "level"),
            List.of("POINT (-87.1 44.0)", "652301000000", "'=HYPERLINK(\"http://x\",\"y\")", "3"),
            List.of("POINT (87.1 44.0)", "652302000000", "阜康市", "-3"));
  }
}
