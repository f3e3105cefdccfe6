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
import org.civgis.web.ogc.FeatureSchema;
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

  /**
   * The properties of a sign feature over the columns of the view {@code gazetteer.sign_state} (the
   * sign with its last patrol, next patrol due, open repairs and status).
   */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .integer("id", "要素编号（标志）", "id")
          .role(FeatureSchema.Role.ID)
          .readOnly()
          .string("code", "标志编码", "code")
          .string("type", "标志类型", "sign_type")
          .values(SignType.class)
          .string(
              "typeName",
              "标志类型名称",
              FeatureSchema.labelOf("sign_type", SignType.class, SignType::chineseName))
          .readOnly()
          .string("placeNameCode", "所示地名代码", "place_name_code")
          .string("addressCode", "所示地址代码", "address_code")
          .string("installedText", "标志文字", "installed_text")
          .string("installedRomanization", "标志罗马字母拼写", "installed_romanization")
          .string("expectedText", "应有文字（标准地名）", "expected_text")
          .readOnly()
          .string("expectedRomanization", "应有罗马字母拼写", "expected_romanization")
          .readOnly()
          .string("compliance", "规范性", "compliance")
          .values(Compliance.class)
          .readOnly()
          .string(
              "complianceName",
              "规范性名称",
              FeatureSchema.labelOf("compliance", Compliance.class, Compliance::chineseName))
          .readOnly()
          .string("complianceDetail", "规范性说明", "compliance_detail")
          .readOnly()
          .string("condition", "现状", "condition")
          .values(SignCondition.class)
          .string(
              "conditionName",
              "现状名称",
              FeatureSchema.labelOf("condition", SignCondition.class, SignCondition::chineseName))
          .readOnly()
          .string("material", "材质", "material")
          .string("installer", "设置单位", "installer")
          .date("installedOn", "设置日期", "installed_on")
          .date("lastPatrolledOn", "最近巡检日期", "last_patrolled_on")
          .readOnly()
          .date("nextPatrolDue", "下次巡检到期日", "next_patrol_due")
          .readOnly()
          .integer("openRepairs", "未完成的维修任务数", "open_repairs")
          .readOnly()
          .string("status", "状态", "status")
          .values(SignState.Status.class)
          .readOnly()
          .string(
              "statusName",
              "状态名称",
              FeatureSchema.labelOf(
                  "status", SignState.Status.class, SignState.Status::chineseName))
          .readOnly()
          .geometry("geometry-point", "geom")
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return signs.extent();
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
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
            request.offset(),
            request.condition());
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
