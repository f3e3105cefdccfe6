package org.civgis.gazetteer.address.geocode;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a free-text address, and every name the geocoder knows, into one form before matching.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #name} (names of the library and addresses alike): NFKC (full-width digits and
 *       letters become ASCII), a few traditional characters of addresses simplified (號 棟 樓 單 門 …),
 *       white space and punctuation removed except {@code -} between digits (or after 号: 3号-1), and
 *       Chinese numerals written in digits where they count something (before 号 栋 幢 单元 层 楼 室 户 巷 座
 *       院, after 第 之 附 单元 and a dash, and at the end after 单元 or 层): 建国路三巷 → 建国路3巷, 一百二十三号 → 123号.
 *       Applied to a name and to an address it gives the same characters for the same name.
 *   <li>{@link #address} does the same to a free-text address after removing what is not part of an
 *       address: telephone numbers, and words of position such as 附近, 对面, 旁边, 门口, 东侧.
 * </ol>
 */
public final class AddressNormalizer {
  private static final Pattern PHONE =
      Pattern.compile(
          "(?:联系电话|联系方式|电话|手机|tel|TEL|Tel)?[:：]?\\s*(?:\\+?86[- ]?)?(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
  private static final Pattern POSITION_WORDS =
      Pattern.compile(
          "附近|对面|斜对面|旁边|边上|周边|一带|门口|路口处|东侧|西侧|南侧|北侧|东边|西边|南边|北边|左侧|右侧|隔壁|后面|前面|里面|往东|往西|往南|往北");

  /** 旁 alone after what ends an address part (12号旁, 北京南路旁). */
  private static final Pattern BESIDE = Pattern.compile("(?<=[号栋幢楼室院路街巷区])旁");

  private static final String N = "[" + ChineseNumerals.CHARACTERS + "]+";
  private static final Pattern NUMERAL_BEFORE_UNIT =
      Pattern.compile("(" + N + ")(?=号|栋|幢|单元|层|楼|室|户|巷|座|院)");
  private static final Pattern NUMERAL_AFTER_MARK =
      Pattern.compile("(?<=第|之|附|单元|-|栋|幢)(" + N + ")");
  private static final Pattern NUMERAL_AT_END = Pattern.compile("(?<=单元|层|楼)(" + N + ")$");
  private static final Pattern ORDINAL = Pattern.compile("第(?=\\d)");

  private AddressNormalizer() {}

  /** A name of the library in matching form. */
  public static String name(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = simplify(s);
    s = s.replaceAll("[\\s\\p{Z}]+", "");
    s = s.replace('—', '-').replace('－', '-').replace('–', '-').replace('~', '-');
    s = s.replaceAll("(?<=\\d)#", "号");
    // punctuation, except a dash between digits
    s = s.replaceAll("[\\p{P}\\p{S}&&[^-]]", "");
    s = s.replaceAll("(?<![\\d号])-|-(?!\\d)", "");
    s = numerals(s);
    s = ORDINAL.matcher(s).replaceAll("");
    return s;
  }

  /** A free-text address in matching form. */
  public static String address(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = PHONE.matcher(s).replaceAll(" ");
    s = POSITION_WORDS.matcher(s).replaceAll("");
    s = BESIDE.matcher(s).replaceAll("");
    return name(s);
  }

  private static String numerals(String s) {
    s = replaceNumerals(NUMERAL_BEFORE_UNIT, s);
    s = replaceNumerals(NUMERAL_AFTER_MARK, s);
    return replaceNumerals(NUMERAL_AT_END, s);
  }

  private static String replaceNumerals(Pattern pattern, String s) {
    Matcher m = pattern.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, ChineseNumerals.value(m.group(1)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String simplify(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(
          switch (c) {
            case '號' -> '号';
            case '棟' -> '栋';
            case '樓' -> '楼';
            case '單' -> '单';
            case '門' -> '门';
            case '區' -> '区';
            case '鎮' -> '镇';
            case '鄉' -> '乡';
            case '縣' -> '县';
            case '東' -> '东';
            case '衛' -> '卫';
            case '國' -> '国';
            case '寧' -> '宁';
            case '邊' -> '边';
            case '華' -> '华';
            case '陽' -> '阳';
            case '長' -> '长';
            case '間' -> '间';
            default -> c;
          });
    }
    return b.toString();
  }
}
