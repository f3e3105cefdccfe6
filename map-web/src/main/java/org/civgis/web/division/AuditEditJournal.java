package org.civgis.web.division;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.boundary.edit.EditJournal;
import org.civgis.boundary.edit.Editor;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.ogc.GeoFeature;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit trail as the division edits write and read it: a division's entry keeps the GeoJSON
 * feature before and after (as stored, 7 decimals, the precision of record) and, in the after
 * feature's foreign member {@code edit}, what the edit was.
 */
@Component
class AuditEditJournal implements EditJournal {
  static final String DIVISIONS = DivisionFeatureSource.ID;
  static final String LINES = "boundary-lines";

  private final AuditLog audit;
  private final FeatureJson featureJson;
  private final JsonMapper json;
  private final JdbcClient jdbc;

  AuditEditJournal(AuditLog audit, FeatureJson featureJson, JsonMapper json, JdbcClient jdbc) {
    this.audit = audit;
    this.featureJson = featureJson;
    this.json = json;
    this.jdbc = jdbc;
  }

  @Override
  public void division(
      String action,
      Editor editor,
      String code,
      Division before,
      Division after,
      Map<String, Object> edit) {
    String afterJson = null;
    if (after != null) {
      ObjectNode node = (ObjectNode) json.readTree(featureJson.write(stored(after)));
      if (edit != null && !edit.isEmpty()) {
        node.set("edit", json.valueToTree(edit));
      }
      afterJson = json.writeValueAsString(node);
    }
    audit.record(
        new AuditEntry(
            action,
            editor.name(),
            editor.userId(),
            DIVISIONS,
            code,
            before == null ? null : featureJson.write(stored(before)),
            afterJson));
  }

  @Override
  public void line(
      Editor editor, String lineCode, Geometry before, Geometry after, Map<String, Object> edit) {
    Map<String, Object> afterDocument = new LinkedHashMap<>();
    afterDocument.put("type", "Feature");
    afterDocument.put("id", lineCode);
    afterDocument.put("geometry", json.readTree(GeoJsonGeometry.write(after, 7)));
    afterDocument.put("properties", Map.of());
    afterDocument.put("edit", edit);
    audit.record(
        new AuditEntry(
            "UPDATE",
            editor.name(),
            editor.userId(),
            LINES,
            lineCode,
            GeoJsonGeometry.write(before, 7),
            json.writeValueAsString(afterDocument)));
  }

  @Override
  public Optional<Recorded> find(long id) {
    return jdbc.sql(
            """
            select feature_id, before::text as before, after::text as after
              from platform.audit_event
             where id = :id and collection = :collection and feature_id is not null
            """)
        .param("id", id)
        .param("collection", DIVISIONS)
        .query(
            (rs, row) ->
                new Recorded(
                    id,
                    rs.getString("feature_id"),
                    state(rs.getString("before")),
                    state(rs.getString("after"))))
        .optional();
  }

  private State state(String feature) {
    if (feature == null) {
      return null;
    }
    JsonNode node = json.readTree(feature);
    JsonNode properties = node.path("properties");
    if (!properties.isObject() || !properties.hasNonNull("name")) {
      return null; // e.g. an entry of a shared-border edit before the edits kept the states
    }
    Geometry geometry = null;
    JsonNode g = node.path("geometry");
    if (g.isObject()) {
      try {
        geometry = GeoJsonGeometry.read(json.writeValueAsString(g), Srid.CGCS2000);
      } catch (org.locationtech.jts.io.ParseException e) {
        throw new IllegalStateException("audit entry with an unreadable geometry", e);
      }
    }
    RecordStatus status =
        properties.hasNonNull("status")
            ? RecordStatus.valueOf(properties.get("status").asString())
            : RecordStatus.PUBLISHED;
    return new State(
        properties.get("name").asString(),
        status,
        properties.hasNonNull("remarks") ? properties.get("remarks").asString() : null,
        geometry);
  }

  /** The division as stored, without the derived properties: what the audit trail keeps. */
  static GeoFeature stored(Division division) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("code", division.code());
    properties.put("name", division.name());
    properties.put("level", division.level().number());
    properties.put("parentCode", division.parentCode());
    properties.put("status", division.status().name());
    properties.put("remarks", division.remarks());
    properties.put("validFrom", division.validFrom());
    properties.put("validTo", division.validTo());
    return new GeoFeature(division.code(), division.geometry(), properties);
  }
}
