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
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.web.ogc.FeaturePage;
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
 * read-only. {@code division} (a code or its leading digits), {@code road} (the road's place-name
 * code), {@code kind} (HOUSE_NUMBER, BUILDING, UNIT_ROOM) and {@code q} (a part of the text) filter
 * it. The feature id is the row id of the address version.
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
        + "参数 division（区划代码或其前几位）、road（道路地名代码）、kind（HOUSE_NUMBER、BUILDING、UNIT_ROOM）、"
        + "q（地址文字的一部分）筛选。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("division", "road", "kind", "q");
  }

  @Override
  public Envelope extent() {
    return addresses.extent();
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    if (request.filter() != null) {
      throw new InvalidParameterException("filter", "地址集合暂不支持 CQL2 过滤");
    }
    LocalDate day =
        request.period().end() != null ? request.period().end() : request.period().start();
    Map<String, String> p = request.parameters();
    AddressQuery query =
        new AddressQuery(
            day == null ? LocalDate.now(clock) : day,
            DivisionPrefix.of(p.get("division"), "division"),
            blankToNull(p.get("road")),
            kind(p.get("kind")),
            blankToNull(p.get("q")),
            request.bbox(),
            request.limit(),
            request.offset());
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
