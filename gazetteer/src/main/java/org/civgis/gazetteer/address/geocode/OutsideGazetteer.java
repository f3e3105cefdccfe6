package org.civgis.gazetteer.address.geocode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What lies outside the library: the provinces, prefecture-level and county-level units of China
 * (the national division codes, 2023: {@code divisions_2023_counties.csv} beside this class, from
 * the project's {@code data/china/}), less the library's own prefecture and its counties, so that
 * an address that names another province, prefecture or county is not matched into the library.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Names: every full name (南京市, 鼓楼区, 新疆 is the library's own province and is not one); for
 *       provinces also the short form (江苏, 内蒙古, 香港); for prefecture-level units and county-level
 *       cities the name without 市, 地区, 盟 or 自治州 when two characters or more stay (南京, 乌鲁木齐, 石河子). A
 *       district whose name without its generic has one character (城区, 郊区, 西区) is left out: it is a
 *       word of many addresses.
 *   <li>{@link #named} reads a normalized address from the left up to its road or first digit: a
 *       name of the library that is as long or longer wins at its position (北京南路 is a road, 三台 a
 *       township of the library, not 三台县); a full outside name anywhere before the road makes the
 *       address outside (昌吉州五家渠市…); a short form counts only where the address begins (after 中国 and
 *       the library's province).
 *   <li>{@link #namedAfterNumber} finds a full outside name of three characters or more after the
 *       first digit, where no name of the library starts (屯河路1号（揭阳市普宁市）); the geocoder takes an
 *       address that names no county or prefecture of the library and ends with another city or
 *       county as outside too.
 *   <li>Immutable and thread-safe; loaded once (about 3,350 rows, a few hundred kilobytes).
 * </ol>
 */
public final class OutsideGazetteer {
  /** The resource beside this class. */
  public static final String RESOURCE = "divisions_2023_counties.csv";

  private static final Set<String> NOT_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private static final List<String[]> EXTRA =
      List.of(
          new String[] {"71", "台湾省", "1"},
          new String[] {"81", "香港特别行政区", "1"},
          new String[] {"82", "澳门特别行政区", "1"});

  private static volatile List<String[]> rows;

  private final Map<String, String> full = new HashMap<>();
  private final Map<String, String> shortForms = new HashMap<>();
  private final int longest;

  /**
   * The outside of a library whose divisions are those for which {@code inLibrary} holds (a
   * 12-digit code): a unit is left out when its code padded to 12 digits is a division of the
   * library, or is the first digits of one (the library's province).
   */
  public OutsideGazetteer(Predicate<String> inLibrary, Set<String> libraryCodes) {
    int max = 0;
    for (String[] row : rows()) {
      String code = row[0];
      String name = row[1];
      if (NOT_NAMES.contains(name) || inside(code, inLibrary, libraryCodes)) {
        continue;
      }
      int level = Integer.parseInt(row[2]);
      String key = AddressNormalizer.name(name);
      String base = base(name, level);
      if (base.length() >= 2 || !name.endsWith("区")) {
        full.putIfAbsent(key, name);
        max = Math.max(max, key.length());
      }
      boolean shortened = level == 1 || level == 2 || (level == 3 && name.endsWith("市"));
      if (shortened && base.length() >= 2 && !base.equals(name)) {
        shortForms.putIfAbsent(AddressNormalizer.name(base), name);
        max = Math.max(max, base.length());
      }
    }
    longest = max;
  }

  private static boolean inside(String code, Predicate<String> inLibrary, Set<String> library) {
    String padded = (code + "000000000000").substring(0, 12);
    if (inLibrary.test(padded)) {
      return true;
    }
    for (String c : library) {
      if (c.startsWith(code)) {
        return true;
      }
    }
    return false;
  }

  /** The name without its generic (南京市 → 南京, 内蒙古自治区 → 内蒙古, 昌吉回族自治州 → 昌吉). */
  static String base(String name, int level) {
    if (level == 1) {
      return name.replaceFirst("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "");
    }
    return name.replaceFirst("(([\\p{IsHan}]{1,6}?族)+)?(自治州|自治县|自治旗|地区|市|盟|县|区|旗)$", "");
  }

  /**
   * The outside unit the normalized address {@code s} names before its road, as written in the
   * national list, or {@code null}.
   */
  public String named(String s, RegistryIndex index) {
    int p = 0;
    boolean atStart = true;
    for (String lead : new String[] {"中华人民共和国", "中国"}) {
      if (s.startsWith(lead)) {
        p = lead.length();
        break;
      }
    }
    java.util.regex.Matcher province = AddressParser.PROVINCE.matcher(s).region(p, s.length());
    if (province.lookingAt()) {
      p = province.end();
    }
    while (p < s.length()) {
      char c = s.charAt(p);
      if (Character.isDigit(c)) {
        return null;
      }
      List<RegistryIndex.Token> tokens = index.tokensAt(s, p);
      int registry = tokens.isEmpty() ? 0 : tokens.get(0).key().length();
      String found = null;
      int length = 0;
      for (int end = Math.min(s.length(), p + longest); end > p + registry && end >= p + 2; end--) {
        String key = s.substring(p, end);
        String name = full.get(key);
        if (name == null && atStart && followedByName(s, end, index)) {
          name = shortForms.get(key);
        }
        if (name != null) {
          found = name;
          length = end - p;
          break;
        }
      }
      if (found != null) {
        return found;
      }
      if (registry > 0) {
        if (!(tokens.get(0) instanceof RegistryIndex.DivisionToken)) {
          return null;
        }
        p += registry;
        atStart = false;
        continue;
      }
      if (length == 0) {
        p++;
        atStart = false;
      }
    }
    return null;
  }

  /**
   * The outside unit, as written in the national list, whose full name (three characters or more)
   * the normalized address {@code s} gives after its first digit where no name of the library
   * starts, or {@code null}.
   */
  public String namedAfterNumber(String s, RegistryIndex index) {
    int p = 0;
    while (p < s.length() && !Character.isDigit(s.charAt(p))) {
      p++;
    }
    while (p < s.length()) {
      List<RegistryIndex.Token> tokens = index.tokensAt(s, p);
      int registry = tokens.isEmpty() ? 0 : tokens.get(0).key().length();
      for (int end = Math.min(s.length(), p + longest); end > p + registry && end >= p + 3; end--) {
        String name = full.get(s.substring(p, end));
        if (name != null) {
          return name;
        }
      }
      p += Math.max(1, registry);
    }
    return null;
  }

  /**
   * Whether a name of the library or an outside name starts at {@code p} (江苏南京), or the text ends
   * there: a short form (延安) is taken only then, not before a misspelt road (延安背路).
   */
  private boolean followedByName(String s, int p, RegistryIndex index) {
    if (p >= s.length() || !index.tokensAt(s, p).isEmpty()) {
      return true;
    }
    for (int end = Math.min(s.length(), p + longest); end >= p + 2; end--) {
      String key = s.substring(p, end);
      if (full.containsKey(key) || shortForms.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private static List<String[]> rows() {
    List<String[]> r = rows;
    if (r == null) {
      synchronized (OutsideGazetteer.class) {
        if (rows == null) {
          rows = read();
        }
        r = rows;
      }
    }
    return r;
  }

  private static List<String[]> read() {
    try (InputStream in = OutsideGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> out = new ArrayList<>(EXTRA);
      String line = reader.readLine(); // header: code,name,level,parent_code
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          String[] f = line.split(",", -1);
          out.add(new String[] {f[0], f[1], f[2]});
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
