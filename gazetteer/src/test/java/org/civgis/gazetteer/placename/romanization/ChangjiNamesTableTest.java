package org.civgis.gazetteer.placename.romanization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The romanization table: real township and village names of Changji with their pinyin and sign
 * form written out by hand, checked against the romanizer and against the data they come from.
 */
class ChangjiNamesTableTest {
  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();
  private static final Path DIVISIONS = Path.of("..", "data", "changji", "divisions_2023.csv");

  /**
   * Dictionary entries used by a name of the data that the table need not cover: 乌鲁木齐 occurs only
   * in 乌鲁木齐准东产业园社区, whose word division (an enterprise-like name, 1984 rule 14) the romanizer does
   * not find by itself; it is tested with boundaries given in PlaceNameRomanizerTest.
   */
  private static final Set<String> NOT_IN_TABLE = Set.of("乌鲁木齐");

  record Row(String code, int level, String name, String pinyin, String sign) {
    @Override
    public String toString() {
      return name + " → " + pinyin;
    }
  }

  private static List<Row> rows;
  private static Map<String, String> divisions;

  @BeforeAll
  static void read() throws IOException {
    rows = new ArrayList<>();
    try (InputStream in = ChangjiNamesTableTest.class.getResourceAsStream("changji-names.tsv");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code\t"))
          .forEach(
              l -> {
                String[] c = l.split("\t", -1);
                rows.add(new Row(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4]));
              });
    }
    divisions = new HashMap<>();
    for (String line : Files.readAllLines(DIVISIONS, StandardCharsets.UTF_8).subList(1, 1041)) {
      String[] c = line.split(",");
      divisions.put(c[0], c[1] + "," + c[2]);
    }
  }

  static Stream<Row> table() throws IOException {
    read();
    return rows.stream();
  }

  // ---- the table

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void romanizesAsWrittenInTheTable(Row row) {
    Romanization romanization = ROMANIZER.romanize(row.name());
    assertThat(romanization.pinyin()).isEqualTo(row.pinyin());
    assertThat(romanization.signForm()).isEqualTo(row.sign());
    assertThat(romanization.forSign()).isEqualTo(row.sign());
  }

  // ---- the table itself

  @Test
  void hasOverAHundredTownshipAndVillageNames() {
    assertThat(rows.stream().filter(r -> r.level() >= 4).count()).isGreaterThanOrEqualTo(100);
    assertThat(rows.stream().map(Row::name).distinct().count()).isEqualTo(rows.size());
  }

  @Test
  void everyRowIsARealNameOfTheData() {
    for (Row row : rows) {
      assertThat(divisions.get(row.code()))
          .as(row.code())
          .isEqualTo(row.name() + "," + row.level());
    }
  }

  @Test
  void coversEveryDictionaryEntryThatTheDataUses() {
    Set<String> usedByData = new HashSet<>();
    for (String value : divisions.values()) {
      String name = value.substring(0, value.indexOf(','));
      ROMANIZER.romanize(name).dictionaryReadings().forEach(e -> usedByData.add(e.text()));
    }
    Set<String> usedByTable = new HashSet<>();
    for (Row row : rows) {
      ROMANIZER.romanize(row.name()).dictionaryReadings().forEach(e -> usedByTable.add(e.text()));
    }
    usedByData.removeAll(NOT_IN_TABLE);
    assertThat(usedByTable).containsAll(usedByData);
    assertThat(usedByData).contains("地", "勒", "什", "都", "民乐", "长", "英格堡", "奇台");
  }

  @Test
  void coversEthnicTownshipsCommitteesNumeralsAndTransliteratedNames() {
    List<String> names = rows.stream().map(Row::name).toList();
    assertThat(names).anyMatch(n -> n.endsWith("哈萨克民族乡"));
    assertThat(names).anyMatch(n -> n.endsWith("哈萨克族乡"));
    assertThat(names).anyMatch(n -> n.endsWith("社区居民委员会"));
    assertThat(names).anyMatch(n -> n.endsWith("社区居委会"));
    assertThat(names).anyMatch(n -> n.endsWith("村村委会"));
    assertThat(names).anyMatch(n -> n.endsWith("村民委员会"));
    assertThat(names).contains("二工镇", "六工镇", "三工镇", "一连生活区", "兵团一零五团");
    assertThat(names).contains("木垒哈萨克自治县", "吉木萨尔县", "玛纳斯县");
  }

  // ---- every name of the data

  @Test
  void romanizesEveryNameOfTheDataIntoLatinLetters() {
    for (String value : divisions.values()) {
      String name = value.substring(0, value.indexOf(','));
      Romanization romanization = ROMANIZER.romanize(name);
      assertThat(romanization.pinyin())
          .as(name)
          .matches("[A-Z0-9][A-Za-zü0-9'-]*( [A-Z0-9][A-Za-zü0-9'-]*)*");
      assertThat(romanization.signForm()).as(name).isEqualTo(romanization.pinyin().toUpperCase());
    }
  }
}
