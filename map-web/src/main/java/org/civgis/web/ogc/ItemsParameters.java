package org.civgis.web.ogc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civgis.geo.crs.Srid;
import org.civgis.web.ogc.cql.Cql2Exception;
import org.civgis.web.ogc.cql.Cql2Filter;
import org.civgis.web.ogc.cql.Queryable;
import org.civgis.web.ogc.cql.SqlFilter;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of an items request as OGC API – Features Part 1 defines them.
 *
 * <p>Implementation note: a date-time in {@code datetime} is reduced to its calendar date in the
 * deployment's zone, because versions of record are valid from calendar dates.
 */
final class ItemsParameters {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 10_000;
  private static final Set<String> STANDARD =
      Set.of(
          "limit",
          "offset",
          "bbox",
          "bbox-crs",
          "crs",
          "datetime",
          "f",
          "filter",
          "filter-lang",
          "filter-crs");

  private ItemsParameters() {}

  static ItemsRequest parse(
      MultiValueMap<String, String> query,
      Set<String> collectionParameters,
      boolean includeDrafts,
      Clock clock) {
    return parse(query, collectionParameters, Map.of(), includeDrafts, clock);
  }

  static ItemsRequest parse(
      MultiValueMap<String, String> query,
      Set<String> collectionParameters,
      Map<String, Queryable> queryables,
      boolean includeDrafts,
      Clock clock) {
    Map<String, String> own = new LinkedHashMap<>();
    List<Cql2Filter> equalities = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      String name = entry.getKey();
      boolean standard = STANDARD.contains(name);
      boolean collection = collectionParameters.contains(name);
      Queryable queryable = standard || collection ? null : parameterQueryable(name, queryables);
      if (!standard && !collection && queryable == null) {
        throw new InvalidParameterException(
            name,
            "此集合不支持该参数；可用参数：" + String.join(", ", accepted(collectionParameters, queryables)));
      }
      if (entry.getValue().size() > 1) {
        throw new InvalidParameterException(name, "只能给出一次");
      }
      String value = entry.getValue().get(0);
      if (collection) {
        own.put(name, value);
      } else if (queryable != null) {
        equalities.add(Cql2Filter.equal(name, parameterValue(queryable, value)));
      }
    }
    String format = query.getFirst("f");
    if (format != null && !format.equals("json")) {
      throw new InvalidParameterException("f", "只支持 json（GeoJSON），收到 \"" + format + "\"");
    }
    OgcCrs.parse(query.getFirst("crs"), "crs"); // checked here, applied to the output
    return new ItemsRequest(
        limit(query.getFirst("limit")),
        offset(query.getFirst("offset")),
        bbox(query.getFirst("bbox"), OgcCrs.parse(query.getFirst("bbox-crs"), "bbox-crs")),
        datetime(query.getFirst("datetime"), clock),
        own,
        includeDrafts,
        filter(
            query.getFirst("filter"),
            query.getFirst("filter-lang"),
            query.getFirst("filter-crs"),
            equalities,
            queryables));
  }

  /** The names an items request may use, in order: the standard's, the collection's, queryables. */
  private static List<String> accepted(
      Set<String> collectionParameters, Map<String, Queryable> queryables) {
    List<String> names = new ArrayList<>(STANDARD);
    names.addAll(new TreeSet<>(collectionParameters));
    queryables.values().stream()
        .filter(q -> q.type() != Queryable.Type.GEOMETRY)
        .map(Queryable::name)
        .filter(n -> !names.contains(n))
        .forEach(names::add);
    return names;
  }

  /** The queryable a query parameter names, if it may be one (a geometry may not). */
  private static Queryable parameterQueryable(String name, Map<String, Queryable> queryables) {
    Queryable queryable = queryables.get(name);
    return queryable == null || queryable.type() == Queryable.Type.GEOMETRY ? null : queryable;
  }

  /** The value of {@code ?<queryable>=<value>} as its type; 400 naming the parameter otherwise. */
  static Object parameterValue(Queryable queryable, String value) {
    String name = queryable.name();
    String text = value.strip();
    try {
      return switch (queryable.type()) {
        case STRING -> value;
        case INTEGER -> Long.parseLong(text);
        case NUMBER -> new BigDecimal(text);
        case BOOLEAN -> {
          if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new InvalidParameterException(name, "须为 true 或 false，收到 \"" + value + "\"");
          }
          yield Boolean.parseBoolean(text);
        }
        case DATE -> LocalDate.parse(text);
        case TIMESTAMP -> OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        case GEOMETRY -> throw new InvalidParameterException(name, "几何属性不能作为查询参数，请用 bbox 或 filter");
      };
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          name,
          (queryable.type() == Queryable.Type.INTEGER ? "须为整数" : "须为数") + "，收到 \"" + value + "\"");
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name,
          queryable.type() == Queryable.Type.DATE
              ? "须为日期 YYYY-MM-DD，收到 \"" + value + "\""
              : "须为带时区的 RFC 3339 时间（例如 2023-06-30T12:00:00Z），收到 \"" + value + "\"");
    }
  }

  /**
   * The filter (CQL2 text or JSON, by {@code filter-lang}) and the equalities of queryables given
   * as query parameters, all ANDed, as SQL; {@code null} when there is none; 400 naming the
   * parameter otherwise.
   */
  static SqlFilter filter(
      String filter,
      String language,
      String crsName,
      List<Cql2Filter> equalities,
      Map<String, Queryable> queryables) {
    if (language != null && !language.equals("cql2-text") && !language.equals("cql2-json")) {
      throw new InvalidParameterException(
          "filter-lang", "只支持 cql2-text 和 cql2-json，收到 \"" + language + "\"");
    }
    if (filter == null) {
      if (crsName != null) {
        throw new InvalidParameterException("filter-crs", "没有 filter 时不能给出 filter-crs");
      }
      Cql2Filter all = Cql2Filter.all(equalities);
      return all == null ? null : all.toSql(queryables, Srid.WGS84, Srid.CGCS2000);
    }
    if (queryables.isEmpty()) {
      throw new InvalidParameterException("filter", "此集合不支持过滤");
    }
    OgcCrs crs = OgcCrs.parse(crsName, "filter-crs");
    if (crs != OgcCrs.CRS84 && crs != OgcCrs.EPSG_3857) {
      throw new InvalidParameterException("filter-crs", "几何字面量按经度、纬度顺序读取：请用 CRS84（缺省）或 EPSG:3857");
    }
    try {
      Cql2Filter parsed =
          "cql2-json".equals(language) ? Cql2Filter.json(filter) : Cql2Filter.text(filter);
      List<Cql2Filter> all = new ArrayList<>(List.of(parsed));
      all.addAll(equalities);
      return Cql2Filter.all(all).toSql(queryables, crs.srid(), Srid.CGCS2000);
    } catch (Cql2Exception e) {
      throw new InvalidParameterException(
          "filter",
          ("cql2-json".equals(language) ? "CQL2 JSON" : "CQL2") + " 过滤条件无效：" + e.getMessage());
    }
  }

  static int limit(String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    try {
      // any size: Part 1 clamps a limit above the maximum to it, however many digits it has
      BigInteger limit = new BigInteger(value.trim());
      if (limit.signum() < 1) {
        throw new InvalidParameterException("limit", "必须是不小于 1 的整数，收到 " + value);
      }
      return limit.min(BigInteger.valueOf(MAX_LIMIT)).intValueExact();
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("limit", "必须是整数，收到 \"" + value + "\"");
    }
  }

  static long offset(String value) {
    if (value == null) {
      return 0;
    }
    try {
      BigInteger offset = new BigInteger(value.trim());
      if (offset.signum() < 0) {
        throw new InvalidParameterException("offset", "不能为负数，收到 " + value);
      }
      // beyond every feature either way: an empty page
      return offset.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("offset", "必须是整数，收到 \"" + value + "\"");
    }
  }

  /** minLon,minLat,maxLon,maxLat in CRS84. */
  static Envelope bbox(String value) {
    return bbox(value, OgcCrs.CRS84);
  }

  /**
   * Four numbers (or six, with heights) in {@code crs} and its axis order, as a CGCS2000 lon/lat
   * envelope.
   *
   * <p>A box whose minimum longitude (or Web Mercator x) is greater than its maximum crosses the
   * antimeridian, as Part 1 allows: it comes back with its maximum longitude beyond 180 (plus 360),
   * the convention of {@link ItemsRequest#bbox()}.
   */
  static Envelope bbox(String value, OgcCrs crs) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw new InvalidParameterException(
          "bbox", "须为 4 个数（最小经度,最小纬度,最大经度,最大纬度）或 6 个数，收到 " + parts.length + " 个");
    }
    double[] n = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        n[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(
            "bbox", "第 " + (i + 1) + " 个值 \"" + parts[i] + "\" 不是数");
      }
      if (!Double.isFinite(n[i])) {
        throw new InvalidParameterException("bbox", "第 " + (i + 1) + " 个值不是有限数");
      }
    }
    int half = parts.length / 2;
    // the corners in this CRS's axis order: (first, second) lower, (third, fourth) upper
    double first = n[0];
    double second = n[1];
    double third = n[half];
    double fourth = n[half + 1];
    boolean latitudeFirst = crs.latitudeFirst();
    double minLat = latitudeFirst ? first : second;
    double maxLat = latitudeFirst ? third : fourth;
    double minLon = latitudeFirst ? second : first;
    double maxLon = latitudeFirst ? fourth : third;
    if (minLat > maxLat) {
      throw new InvalidParameterException("bbox", "最小纬度大于最大纬度");
    }
    if (crs.isGeographic()
        && (Math.min(minLon, maxLon) < -180
            || Math.max(minLon, maxLon) > 180
            || minLat < -90
            || maxLat > 90)) {
      throw new InvalidParameterException("bbox", "经度须在 -180 到 180、纬度须在 -90 到 90 之间");
    }
    Envelope lonLat = crs.bboxToStorage(first, second, third, fourth);
    if (minLon > maxLon) {
      // crosses the antimeridian: the envelope spans the gap between the two parts; continue
      // east past 180° instead, so that the box is one span of longitudes again
      return new Envelope(
          lonLat.getMaxX(), lonLat.getMinX() + 360, lonLat.getMinY(), lonLat.getMaxY());
    }
    return lonLat;
  }

  /**
   * A date, a date-time, or an interval {@code start/end} whose ends may be {@code ..} or empty.
   */
  static TimePeriod datetime(String value, Clock clock) {
    if (value == null) {
      return TimePeriod.on(LocalDate.now(clock));
    }
    int slash = value.indexOf('/');
    if (slash < 0) {
      LocalDate day = day(value, clock);
      if (day == null) {
        throw new InvalidParameterException("datetime", "单个时间不能是开放的 \"..\"");
      }
      return TimePeriod.on(day);
    }
    LocalDate start = day(value.substring(0, slash), clock);
    LocalDate end = day(value.substring(slash + 1), clock);
    if (start != null && end != null && end.isBefore(start)) {
      throw new InvalidParameterException("datetime", "区间的结束早于开始");
    }
    return new TimePeriod(start, end);
  }

  private static LocalDate day(String text, Clock clock) {
    String t = text.trim();
    if (t.isEmpty() || t.equals("..")) {
      return null;
    }
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t);
      }
      return OffsetDateTime.parse(t).atZoneSameInstant(clock.getZone()).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          "datetime", "\"" + t + "\" 不是 RFC 3339 日期或时间（例如 2023-06-30 或 2023-06-30T12:00:00Z）");
    }
  }
}
