package org.civgis.web.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.geo.geom.Ewkb;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureSource;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.security.Actor;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The OGC collections of the joint inspection: {@code inspection-records} (field records of markers
 * at their measured position) and {@code disputes} (disputed areas). Both are internal (see {@link
 * InspectionReaders}): an officer gets the features of the rounds and disputes that concern their
 * jurisdiction, and the extent of those; anyone else gets an empty collection without an extent.
 */
@Configuration(proxyBeanMethods = false)
class InspectionFeatureSources {
  /** The rounds a reader may read, as a SQL condition on a round id. */
  private static final String READABLE_ROUND =
      " in (select id from boundary.inspection_round where "
          + InspectionReaders.Reader.concernsSql("lead_code")
          + " or "
          + InspectionReaders.Reader.concernsSql("assisting_code")
          + ")";

  @Bean
  FeatureSource inspectionRecordFeatures(JdbcClient jdbc) {
    return new SqlSource(
        jdbc,
        "inspection-records",
        "界桩检查记录",
        "联检外业记录：界桩的实测位置、状况、定位精度、偏差和记录冲突；仅区划地名管理员、联检人员、规划人员和系统管理员可见，且只见涉及其辖区的联检轮次。参数 round：联检轮次编号。",
        """
        select r.id::text as id, ST_AsEWKB(r.measured) as geom, r.round_id, m.number as marker_number,
               r.condition, r.accuracy_m, r.deviation_m, r.team, r.conflict, r.observed_at::text as observed_at
          from boundary.marker_inspection r join boundary.boundary_marker m on m.id = r.marker_id
         where r.measured is not null
        """,
        "r.measured",
        "r.round_id",
        "r.id::text",
        "r.observed_at, r.id",
        "select ST_Extent(r.measured) from boundary.marker_inspection r where true",
        "r.round_id" + READABLE_ROUND,
        FeatureSchema.builder()
            .string("id", "要素编号（检查记录）", "r.id::text")
            .role(FeatureSchema.Role.ID)
            .readOnly()
            .integer("roundId", "联检轮次编号", "r.round_id")
            .string("markerNumber", "界桩编号", "m.number")
            .string("condition", "现状", "r.condition")
            .number("accuracyM", "定位精度（米）", "r.accuracy_m")
            .number("deviationM", "偏差（米）", "r.deviation_m")
            .string("team", "检查组", "r.team")
            .bool("conflict", "记录冲突", "r.conflict")
            .timestamp("observedAt", "观测时间", "r.observed_at")
            .role(FeatureSchema.Role.PRIMARY_INSTANT)
            .geometry("geometry-point", "r.measured")
            .build());
  }

  @Bean
  FeatureSource disputeFeatures(JdbcClient jdbc) {
    return new SqlSource(
        jdbc,
        "disputes",
        "争议区",
        "界线争议区：争议双方、状态、处理结果和面积（平方米，高斯-克吕格投影）；仅区划地名管理员、联检人员、规划人员和系统管理员可见，且只见涉及其辖区的争议。参数 round：联检轮次编号。",
        """
        select d.id::text as id, ST_AsEWKB(d.area) as geom, d.round_id, d.title, d.line_code,
               array_to_string(d.parties, ',') as parties, d.status, d.resolution, d.area_m2
          from boundary.dispute d where true
        """,
        "d.area",
        "d.round_id",
        "d.id::text",
        "d.id",
        "select ST_Extent(d.area) from boundary.dispute d where true",
        DISPUTE_READABLE,
        FeatureSchema.builder()
            .string("id", "要素编号（争议区）", "d.id::text")
            .role(FeatureSchema.Role.ID)
            .readOnly()
            .integer("roundId", "联检轮次编号", "d.round_id")
            .string("title", "名称", "d.title")
            .string("lineCode", "界线代码", "d.line_code")
            .string("parties", "争议双方（区划代码，逗号分隔）", "array_to_string(d.parties, ',')")
            .string("status", "状态", "d.status")
            .string("resolution", "处理结果", "d.resolution")
            .number("areaM2", "面积（平方米）", "d.area_m2")
            .geometry("geometry-any", "d.area")
            .build());
  }

  private static final String DISPUTE_READABLE =
      "(exists (select 1 from unnest(d.parties) as party(code) where "
          + InspectionReaders.Reader.concernsSql("party.code")
          + ") or d.round_id"
          + READABLE_ROUND
          + ")";

  /** A read-only collection over one SQL query; see the class contract. */
  private record SqlSource(
      JdbcClient jdbc,
      String id,
      String title,
      String description,
      String select,
      String geometryColumn,
      String roundColumn,
      String idColumn,
      String order,
      String extentSql,
      String readableSql,
      FeatureSchema schema)
      implements FeatureSource {

    @Override
    public Set<String> parameters() {
      return Set.of("round");
    }

    /** The extent of what the current actor may read; none for those who may read nothing. */
    @Override
    public Envelope extent() {
      Optional<InspectionReaders.Reader> reader = InspectionReaders.reader(Actor.current());
      if (reader.isEmpty()) {
        return null;
      }
      return jdbc.sql(
              "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from ("
                  + extentSql
                  + " and "
                  + readableSql
                  + ") as x(e) where e is not null")
          .params(reader.get().sqlParameters())
          .query(
              (rs, row) ->
                  new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
          .optional()
          .orElse(null);
    }

    @Override
    public FeaturePage items(ItemsRequest request) {
      Optional<InspectionReaders.Reader> reader = InspectionReaders.reader(Actor.current());
      if (!request.includeDrafts() || reader.isEmpty()) {
        return new FeaturePage(List.of(), 0);
      }
      StringBuilder where = new StringBuilder(" and ").append(readableSql);
      Map<String, Object> params = new LinkedHashMap<>(reader.get().sqlParameters());
      String round = request.parameters().get("round");
      if (round != null) {
        try {
          params.put("round", Long.parseLong(round.strip()));
        } catch (NumberFormatException e) {
          throw new InvalidParameterException("round", "须为联检轮次编号（整数）");
        }
        where.append(" and ").append(roundColumn).append(" = :round");
      }
      Envelope bbox = request.bbox();
      if (bbox != null) {
        // features without a geometry match any box (OGC API – Features); a box crossing the
        // antimeridian reaches beyond 180°: its rest lies from -180° on
        where
            .append(" and (")
            .append(geometryColumn)
            .append(" is null or ST_Intersects(")
            .append(geometryColumn)
            .append(", ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4490)) or ST_Intersects(")
            .append(geometryColumn)
            .append(", ST_MakeEnvelope(:minx - 360, :miny, :maxx - 360, :maxy, 4490)))");
        params.put("minx", bbox.getMinX());
        params.put("miny", bbox.getMinY());
        params.put("maxx", bbox.getMaxX());
        params.put("maxy", bbox.getMaxY());
      }
      if (request.filter() != null) {
        where.append(" and (").append(request.filter().sql()).append(")");
        params.putAll(request.filter().parameters());
      }
      long matched =
          jdbc.sql("select count(*) from (" + select + where + ") q")
              .params(params)
              .query(Long.class)
              .single();
      List<GeoFeature> features =
          jdbc.sql(select + where + " order by " + order + " limit :limit offset :offset")
              .params(params)
              .param("limit", request.limit())
              .param("offset", request.offset())
              .query(SqlSource::feature)
              .list();
      return new FeaturePage(features, matched);
    }

    @Override
    public Optional<GeoFeature> item(String featureId, TimePeriod period, boolean includeDrafts) {
      Optional<InspectionReaders.Reader> reader = InspectionReaders.reader(Actor.current());
      if (!includeDrafts || reader.isEmpty()) {
        return Optional.empty();
      }
      return jdbc.sql(select + " and " + readableSql + " and " + idColumn + " = :id")
          .params(reader.get().sqlParameters())
          .param("id", featureId)
          .query(SqlSource::feature)
          .optional();
    }

    private static GeoFeature feature(ResultSet rs, int row) throws SQLException {
      Map<String, Object> properties = new LinkedHashMap<>();
      int columns = rs.getMetaData().getColumnCount();
      for (int c = 1; c <= columns; c++) {
        String name = rs.getMetaData().getColumnLabel(c);
        if (!name.equals("id") && !name.equals("geom")) {
          properties.put(camel(name), rs.getObject(c));
        }
      }
      return new GeoFeature(rs.getString("id"), Ewkb.read(rs.getBytes("geom")), properties);
    }

    private static String camel(String snake) {
      StringBuilder out = new StringBuilder();
      boolean upper = false;
      for (char ch : snake.toCharArray()) {
        if (ch == '_') {
          upper = true;
        } else {
          out.append(upper ? Character.toUpperCase(ch) : ch);
          upper = false;
        }
      }
      return out.toString();
    }
  }
}
