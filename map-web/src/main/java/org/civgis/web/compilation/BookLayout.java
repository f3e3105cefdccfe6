package org.civgis.web.compilation;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civgis.gazetteer.compilation.DictionaryEntry;
import org.civgis.gazetteer.compilation.PlaceNameDictionary;
import org.civgis.gazetteer.compilation.PlaceNameDictionary.Product;

/**
 * What a book prints, in order, whatever the format: the front matter's texts, the sections with
 * their entries, and each entry's fields as label and value. The dictionary (词典) prints sections by
 * division with one field per line; the gazette (志) groups the same entries by category, then
 * division, with the category's introduction, and prints each entry as one narrative paragraph.
 */
final class BookLayout {
  /** The fields of an entry, in print order. */
  static final List<String> FIELDS =
      List.of("地名代码", "汉语拼音", "罗马字母拼写", "类别", "所在政区", "位置", "含义/由来", "历史沿革", "面积", "人口（2020年）");

  /** Introductions of the categories (GB/T 18521 major classes) for the gazette. */
  private static final Map<String, String> CATEGORY_INTROS =
      Map.of(
          "04", "行政区域类地名指各级行政区划单位的名称。本类按区划层级及代码顺序收录县级、乡级行政区。",
          "05", "群众自治组织类地名指村民委员会、居民委员会所在村、社区的名称。本类按所属乡镇收录。",
          "07", "居民点类地名指城镇居民小区和农村自然村等聚落的名称。",
          "08", "交通运输设施类地名指道路、街巷、桥梁等交通设施的名称。本类收录城镇街巷。",
          "10", "纪念地旅游景点类地名指纪念地、公园、风景名胜等的名称。",
          "11", "建筑物类地名指广场、标志性建筑物等的名称。");

  private static final Map<String, String> CATEGORY_TITLES =
      Map.of(
          "01",
          "海域",
          "02",
          "陆地水系",
          "03",
          "陆地地形",
          "04",
          "行政区域",
          "05",
          "群众自治组织",
          "06",
          "非行政区域",
          "07",
          "居民点",
          "08",
          "交通运输设施",
          "09",
          "水利电力通信设施",
          "10",
          "纪念地旅游景点");

  private BookLayout() {}

  /**
   * One section of the body.
   *
   * @param key a stable key (tag) of the section
   * @param title its heading
   * @param intro its introduction, or {@code null}
   * @param level 1 for a main section (new page), 2 for a sub-section
   * @param entries its entries, in order
   */
  record Section(
      String key, String title, String intro, int level, List<DictionaryEntry> entries) {}

  /** The body's sections of {@code book} as {@code product} prints them. */
  static List<Section> sections(PlaceNameDictionary book, Product product) {
    List<Section> out = new ArrayList<>();
    if (product == Product.DICTIONARY) {
      for (Map.Entry<String, List<DictionaryEntry>> s : book.bySection().entrySet()) {
        String code = s.getKey();
        int level = code.endsWith("000000") ? 1 : 2;
        out.add(new Section("S" + code, book.sections().get(code), null, level, s.getValue()));
      }
      return out;
    }
    // the gazette: category, then the sections of the dictionary inside it
    Map<String, Map<String, List<DictionaryEntry>>> byCategory = new java.util.TreeMap<>();
    for (DictionaryEntry e : book.entries()) {
      byCategory
          .computeIfAbsent(e.categoryCode().substring(0, 2), c -> new LinkedHashMap<>())
          .computeIfAbsent(e.groupCode(), g -> new ArrayList<>())
          .add(e);
    }
    for (Map.Entry<String, Map<String, List<DictionaryEntry>>> c : byCategory.entrySet()) {
      out.add(
          new Section(
              "C" + c.getKey(),
              CATEGORY_TITLES.getOrDefault(c.getKey(), c.getKey()) + "类",
              CATEGORY_INTROS.get(c.getKey()),
              1,
              List.of()));
      for (Map.Entry<String, List<DictionaryEntry>> g : c.getValue().entrySet()) {
        out.add(
            new Section(
                "C" + c.getKey() + "S" + g.getKey(),
                book.sections().get(g.getKey()),
                null,
                2,
                g.getValue()));
      }
    }
    return out;
  }

  /** The fields of {@code entry} as label → printed value; 待补 where the record has nothing. */
  static Map<String, String> fields(DictionaryEntry entry) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("地名代码", entry.code());
    f.put("汉语拼音", orMissing(entry.tonedPinyin()));
    f.put("罗马字母拼写", orMissing(entry.romanization()));
    f.put("类别", entry.categoryName());
    f.put("所在政区", entry.location().isEmpty() ? "—" : entry.location());
    String position =
        entry.hasPosition()
            ? entry.coordinatesText() + "。" + entry.locationText()
            : entry.locationText();
    f.put("位置", position);
    f.put("含义/由来", orMissing(entry.meaningOrigin()));
    f.put("历史沿革", orMissing(entry.history()));
    if (entry.isDivision()) {
      f.put(
          "面积",
          entry.areaKm2() == null
              ? DictionaryEntry.MISSING
              : String.format(Locale.ROOT, "%.2f 平方千米", entry.areaKm2()));
      f.put(
          "人口（2020年）",
          entry.population2020() == null
              ? DictionaryEntry.MISSING
              : String.format(Locale.ROOT, "%d 人", entry.population2020()));
    }
    return f;
  }

  /** The gazette's narrative paragraph of {@code entry}. */
  static String narrative(DictionaryEntry entry) {
    Map<String, String> f = fields(entry);
    StringBuilder t = new StringBuilder();
    t.append(entry.standardName())
        .append("（")
        .append(f.get("汉语拼音"))
        .append("；")
        .append(f.get("罗马字母拼写"))
        .append("），")
        .append(entry.categoryName())
        .append("，地名代码 ")
        .append(entry.code())
        .append("。")
        .append(f.get("位置"));
    end(t);
    t.append("含义/由来：").append(f.get("含义/由来"));
    end(t);
    t.append("历史沿革：").append(f.get("历史沿革"));
    end(t);
    if (entry.isDivision()) {
      t.append("面积 ").append(f.get("面积")).append("，2020年人口 ").append(f.get("人口（2020年）"));
      end(t);
    }
    return t.toString();
  }

  private static void end(StringBuilder t) {
    char last = t.charAt(t.length() - 1);
    if (last != '。' && last != '）') {
      t.append('。');
    }
  }

  static String orMissing(String value) {
    return value == null || value.isBlank() ? DictionaryEntry.MISSING : value;
  }

  /** The 凡例 (notes on use) of a book. */
  static List<String> notes(PlaceNameDictionary book, Product product, ZonedDateTime generatedAt) {
    List<String> n = new ArrayList<>();
    n.add(
        "本书收录"
            + book.divisionName()
            + "截至"
            + date(book)
            + "的全部标准地名，共 "
            + book.entries().size()
            + " 条，由标准地名库于"
            + generatedAt.getYear()
            + "年"
            + generatedAt.getMonthValue()
            + "月"
            + generatedAt.getDayOfMonth()
            + "日（北京时间）自动编纂，内容以地名库记录为准。");
    n.add(
        product == Product.DICTIONARY
            ? "词条按政区（县级、乡级）编排，同一政区内按地名类别、再按汉语拼音排序。"
            : "条目按地名类别编排，类别下按政区（县级、乡级）、再按汉语拼音排序；各类别前有类别概述。");
    n.add("【地名代码】标准地名库中的地名代码，地名更名时保持不变。");
    n.add("【汉语拼音】标准名称的汉语拼音，标注声调。【罗马字母拼写】按地名罗马字母拼写规则拼写，少数民族语地名采用音译转写的，以批准的转写为准。");
    n.add("【类别】按地名分类与类别代码编制规则确定的地名类别。【所在政区】县级政区 · 乡级政区；政区地名为其上级政区。");
    n.add("【位置】地名的经纬度（CGCS2000，政区取其范围内的代表点）和位置描述；标为“示意位置”的尚无实测坐标。");
    n.add("【含义/由来】【历史沿革】取自地名库记录及其更名、撤销沿革；资料来源随文注明。记录暂缺的注“待补”，不作推测。");
    n.add("【面积】政区范围在高斯-克吕格投影下量算的面积。【人口】第七次全国人口普查（2020年）常住人口。");
    n.add("书后附曾用地名表、音序索引（按汉语拼音排序）和笔画索引（按笔画数、再按笔顺排序），索引所注页码为词条所在页。");
    return n;
  }

  static String date(PlaceNameDictionary book) {
    return book.day().getYear()
        + "年"
        + book.day().getMonthValue()
        + "月"
        + book.day().getDayOfMonth()
        + "日";
  }
}
