package org.civgis.web.sign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civgis.gazetteer.sign.Compliance;
import org.civgis.gazetteer.sign.PlaceNameSign;
import org.civgis.gazetteer.sign.SignCondition;
import org.civgis.gazetteer.sign.SignQuery;
import org.civgis.gazetteer.sign.SignRepository;
import org.civgis.gazetteer.sign.SignState;
import org.civgis.gazetteer.sign.SignType;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSource;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code signs} collection: the signs standing, each with its compliance and map status; {@code
 * type}, {@code status}, {@code compliance}, {@code condition} and {@code q} (a part of the
 * installed text) filter it. Read-only; patrols are recorded through {@link SignController}.
 */
@Component
class SignFeatureSource implements FeatureSource {
  static final String COLLECTION = "signs";

  private final SignRepository signs;

  SignFeatureSource(SignRepository signs) {
    this.signs = signs;
  }

  @Override
  public String id() {
    return COLLECTION;
  }

  @Override
  public String title() {
    return "地名标志";
  }

  @Override
  public String description() {
    return "地名标志（路牌、街牌、巷牌、门牌、楼牌、村牌、社区标志牌、界牌）及其状态："
        + "status（NONCOMPLIANT 不规范、REPAIR 待维修、OVERDUE 巡检逾期、OK 正常）、type、compliance、"
        + "condition 与 q（标志文字的一部分）筛选。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("type", "status", "compliance", "condition", "q");
  }

  @Override
  public Envelope extent() {
    return signs.extent();
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    if (request.filter() != null) {
      throw new InvalidParameterException("filter", "标志集合暂不支持 CQL2 过滤");
    }
    Map<String, String> p = request.parameters();
    String q = p.get("q");
    SignQuery query =
        new SignQuery(
            value(p, "type", SignType::valueOf),
            value(p, "status", SignState.Status::valueOf),
            value(p, "compliance", Compliance::valueOf),
            value(p, "condition", SignCondition::valueOf),
            null,
            null,
            q == null || q.isBlank() ? null : q.trim(),
            request.bbox(),
            request.limit(),
            request.offset());
    List<GeoFeature> features = signs.find(query).stream().map(SignFeatureSource::feature).toList();
    return new FeaturePage(features, signs.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    try {
      return signs.state(Long.parseLong(id)).map(SignFeatureSource::feature);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static GeoFeature feature(SignState state) {
    PlaceNameSign s = state.sign();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", s.code());
    p.put("type", s.type().name());
    p.put("typeName", s.type().chineseName());
    p.put("placeNameCode", s.placeNameCode());
    p.put("addressCode", s.addressCode());
    p.put("installedText", s.installedText());
    p.put("installedRomanization", s.installedRomanization());
    p.put("expectedText", state.expectedText());
    p.put("expectedRomanization", state.expectedRomanization());
    p.put("compliance", state.compliance().name());
    p.put("complianceName", state.compliance().chineseName());
    p.put("complianceDetail", state.complianceDetail());
    p.put("condition", s.condition().name());
    p.put("conditionName", s.condition().chineseName());
    p.put("material", s.material());
    p.put("installer", s.installer());
    p.put("installedOn", s.installedOn());
    p.put("lastPatrolledOn", state.lastPatrolledOn());
    p.put("nextPatrolDue", state.nextPatrolDue());
    p.put("openRepairs", state.openRepairs());
    p.put("status", state.status().name());
    p.put("statusName", state.status().chineseName());
    return new GeoFeature(Long.toString(s.id()), s.point(), p);
  }

  private static <T> T value(Map<String, String> p, String name, Function<String, T> parse) {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return parse.apply(v.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, "未知取值 “" + v.trim() + "”");
    }
  }
}
