package org.civgis.web.address;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.AddressQuery;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.AddressStatus;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureSource;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.placename.DivisionPrefix;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code addresses} collection: the standard addresses valid today (or on {@code datetime}),
 * read-only. {@code division} (a code or its leading digits), {@code roadCode} (the road's
 * place-name code), {@code kind} (HOUSE_NUMBER, BUILDING, UNIT_ROOM) and {@code q} (a part of the
 * text) filter it, and so does every queryable given as a parameter ({@code road} is the road's
 * name). The feature id is the row id of the address version.
 */
@Component
class AddressFeatureSource implements FeatureSource {
  private final AddressRepository addresses;
  private final Clock clock;

  AddressFeatureSource(AddressRepository addresses, Clock clock) {
    this.addresses = addresses;
    this.clock = clock;
  }

  @Override
  public String id() {
    return AddressGeocoding.ADDRESSES;
  }

  @Override
  public String title() {
    return "标准地址";
  }

  @Override
  public String description() {
    return "标准地名地址库：门牌、楼栋与单元户室地址（datetime 给出当时有效的版本）。"
        + "参数 division（区划代码或其前几位）、roadCode（道路地名代码）、kind（HOUSE_NUMBER、BUILDING、UNIT_ROOM）、"
        + "q（地址文字的一部分）筛选；每个可查询属性也可作为参数按相等筛选，如 road=北京南路（道路名称）。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("division", "roadCode", "kind", "q");
  }

  /** The properties of an address feature over the columns of {@code gazetteer.address}. */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .integer("id", "要素编号（地址版本）", "id")
          .role(FeatureSchema.Role.ID)
          .readOnly()
          .string("code", "地址代码", "code")
          .string("text", "地址全称", "text")
          .string("kind", "地址类型", "kind")
          .values(AddressKind.class)
          .string(
              "kindName",
              "地址类型名称",
              FeatureSchema.labelOf("kind", AddressKind.class, AddressKind::chineseName))
          .readOnly()
          .string("county", "县级区划", "county_name")
          .string("township", "乡级区划", "township_name")
          .string("community", "社区（村）", "community_name")
          .string("communityCode", "社区（村）代码", "community_code")
          .string("roadCode", "道路地名代码", "road_code")
          .string("road", "道路名称", "road_name")
          .string(
              "houseNumber",
              "门牌号",
              "(case when house_number_suffix like '附%' then house_number || '号' ||"
                  + " house_number_suffix || (case when length(house_number_suffix) > 1 then '号'"
                  + " else '' end) else house_number || house_number_suffix || '号' end)")
          .string("compound", "小区（院落）", "compound_name")
          .string("building", "楼栋", "building")
          .string("unit", "单元", "unit")
          .string("room", "户室", "room")
          .integer("floor", "楼层", "floor")
          .string("status", "状态", "status")
          .values(AddressStatus.class)
          .date("validFrom", "生效日期", "lower(valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_START)
          .readOnly()
          .date("validTo", "失效日期（不含）", "upper(valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_END)
          .readOnly()
          .bool("pointGenerated", "位置为推算（非实测）", "point_generated")
          .readOnly()
          .geometry("geometry-point", "geom")
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return addresses.extent();
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    LocalDate day =
        request.period().end() != null ? request.period().end() : request.period().start();
    Map<String, String> p = request.parameters();
    AddressQuery query =
        new AddressQuery(
            day == null ? LocalDate.now(clock) : day,
            DivisionPrefix.of(p.get("division"), "division"),
            blankToNull(p.get("roadCode")),
            kind(p.get("kind")),
            blankToNull(p.get("q")),
            request.bbox(),
            request.limit(),
            request.offset(),
            request.condition());
    List<GeoFeature> features =
        addresses.find(query).stream().map(AddressFeatureSource::feature).toList();
    return new FeaturePage(features, addresses.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    try {
      return addresses.findById(Long.parseLong(id)).map(AddressFeatureSource::feature);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static GeoFeature feature(StandardAddress a) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", a.code());
    p.put("text", a.text());
    p.put("kind", a.kind().name());
    p.put("kindName", a.kind().chineseName());
    p.put("county", a.divisions().countyName());
    p.put("township", a.divisions().townshipName());
    p.put("community", a.divisions().communityName());
    p.put("communityCode", a.divisions().communityCode());
    p.put("roadCode", a.roadCode());
    p.put("road", a.roadName());
    p.put("houseNumber", a.houseNumber().text());
    p.put("compound", a.compoundName());
    p.put("building", a.building());
    p.put("unit", a.unit());
    p.put("room", a.room());
    p.put("floor", a.floor());
    p.put("status", a.status().name());
    p.put("validFrom", a.validFrom());
    p.put("validTo", a.validTo());
    p.put("pointGenerated", a.pointGenerated());
    return new GeoFeature(Long.toString(a.id()), a.point(), p);
  }

  private static AddressKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AddressKind.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("kind", "须为 HOUSE_NUMBER、BUILDING 或 UNIT_ROOM");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
