package org.civgis.web.ogc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civgis.web.ogc.cql.Queryable;

/**
 * The properties of a collection's features, declared once: what {@code /schema} and {@code
 * /queryables} say (OGC API – Features Part 5 conventions, JSON Schema 2020-12) and the SQL a
 * filter uses for each property.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Property names are those of the GeoJSON features; {@code geometry} stands for the feature's
 *       geometry and the feature id is either a property with role {@code id} or the property
 *       {@code id}.
 *   <li>A property with an SQL expression is a queryable (and a query parameter unless it is a
 *       geometry); its expression is over the columns of the repository query that answers the
 *       collection's items, with the same meaning as the value written into the GeoJSON.
 *   <li>{@link #queryables()} keeps the declaration order.
 * </ol>
 */
public final class FeatureSchema {
  /** Part 5's {@code x-ogc-role} values used here. */
  public enum Role {
    ID("id"),
    PRIMARY_GEOMETRY("primary-geometry"),
    PRIMARY_INSTANT("primary-instant"),
    PRIMARY_INTERVAL_START("primary-interval-start"),
    PRIMARY_INTERVAL_END("primary-interval-end");

    private final String value;

    Role(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  /**
   * One property.
   *
   * @param name as in the GeoJSON
   * @param title Chinese
   * @param schema its JSON Schema type (and format, items …)
   * @param queryable the type and SQL a filter uses, or {@code null} when it cannot be filtered
   * @param role its {@code x-ogc-role}, or {@code null}
   * @param readOnly whether the server derives it (a write ignores or refuses it)
   * @param values the values it takes, or empty
   */
  public record Property(
      String name,
      String title,
      Map<String, Object> schema,
      Queryable queryable,
      Role role,
      boolean readOnly,
      List<String> values) {}

  private final List<Property> properties;
  private final Map<String, Queryable> queryables;

  private FeatureSchema(List<Property> properties) {
    this.properties = List.copyOf(properties);
    Map<String, Queryable> byName = new LinkedHashMap<>();
    for (Property p : properties) {
      if (p.queryable() != null) {
        byName.put(p.name(), p.queryable());
      }
    }
    this.queryables = Collections.unmodifiableMap(byName);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Property> properties() {
    return properties;
  }

  /** The queryable properties, by name, in declaration order. */
  public Map<String, Queryable> queryables() {
    return queryables;
  }

  /**
   * The schema of the features ({@code queryablesOnly} false) or of the queryables, as a JSON
   * Schema 2020-12 object.
   */
  public Map<String, Object> jsonSchema(String id, String title, boolean queryablesOnly) {
    Map<String, Object> schemaProperties = new LinkedHashMap<>();
    for (Property p : properties) {
      if (queryablesOnly && p.queryable() == null) {
        continue;
      }
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("title", p.title());
      property.putAll(p.schema());
      if (!p.values().isEmpty()) {
        property.put("enum", p.values());
      }
      if (p.role() != null) {
        property.put("x-ogc-role", p.role().value());
      }
      if (p.readOnly() && !queryablesOnly) {
        property.put("readOnly", true);
      }
      schemaProperties.put(p.name(), property);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", id);
    schema.put("type", "object");
    schema.put("title", title);
    schema.put("properties", schemaProperties);
    if (queryablesOnly) {
      schema.put("additionalProperties", false);
    }
    return schema;
  }

  /**
   * An SQL {@code CASE} giving each value's label, for a property the server writes from a code
   * (e.g. {@code kindName} from {@code kind}); the labels are the code's own, never input.
   */
  public static <E extends Enum<E>> String labelOf(
      String column, Class<E> type, Function<E, String> label) {
    StringBuilder sql = new StringBuilder("(case ").append(column);
    for (E value : type.getEnumConstants()) {
      sql.append(" when '")
          .append(value.name())
          .append("' then '")
          .append(label.apply(value).replace("'", "''"))
          .append("'");
    }
    return sql.append(" end)").toString();
  }

  /** Adds properties in order; role, readOnly and values apply to the last one added. */
  public static final class Builder {
    private final List<Property> properties = new ArrayList<>();

    public Builder string(String name, String title, String sql) {
      return add(name, title, sql, Queryable.Type.STRING);
    }

    public Builder integer(String name, String title, String sql) {
      return add(name, title, sql, Queryable.Type.INTEGER);
    }

    public Builder number(String name, String title, String sql) {
      return add(name, title, sql, Queryable.Type.NUMBER);
    }

    public Builder bool(String name, String title, String sql) {
      return add(name, title, sql, Queryable.Type.BOOLEAN);
    }

    public Builder date(String name, String title, String sql) {
      return add(name, title, sql, Queryable.Type.DATE);
    }

    public Builder timestamp(String name, String title, String sql) {
      return add(name, title, sql, Queryable.Type.TIMESTAMP);
    }

    /**
     * The feature geometry, {@code format} e.g. {@code geometry-point}, {@code
     * geometry-multipolygon} or {@code geometry-any}; the primary geometry.
     */
    public Builder geometry(String format, String sql) {
      add("geometry", "几何", Map.of("format", format), sql, Queryable.Type.GEOMETRY);
      return role(Role.PRIMARY_GEOMETRY);
    }

    /**
     * The read-only {@link FeatureVersion#PROPERTY} of an editable collection's features: written
     * by the server, sent back unchanged by a client that cannot send If-Match; not a queryable.
     */
    public Builder version() {
      add(
          FeatureVersion.PROPERTY,
          "版本（编辑时原样带回，代替 If-Match）",
          JsonSchemaTypes.of(Queryable.Type.STRING),
          null,
          null);
      return readOnly();
    }

    /** A property no filter can use (an array or object), with its JSON Schema. */
    public Builder other(String name, String title, Map<String, Object> schema) {
      return add(name, title, schema, null, null);
    }

    public Builder role(Role role) {
      replaceLast(
          p ->
              new Property(
                  p.name(), p.title(), p.schema(), p.queryable(), role, p.readOnly(), p.values()));
      return this;
    }

    public Builder readOnly() {
      replaceLast(
          p ->
              new Property(
                  p.name(), p.title(), p.schema(), p.queryable(), p.role(), true, p.values()));
      return this;
    }

    public <E extends Enum<E>> Builder values(Class<E> type) {
      List<String> names = new ArrayList<>();
      for (E value : type.getEnumConstants()) {
        names.add(value.name());
      }
      replaceLast(
          p ->
              new Property(
                  p.name(),
                  p.title(),
                  p.schema(),
                  p.queryable(),
                  p.role(),
                  p.readOnly(),
                  List.copyOf(names)));
      return this;
    }

    public FeatureSchema build() {
      return new FeatureSchema(properties);
    }

    private Builder add(String name, String title, String sql, Queryable.Type type) {
      return add(name, title, JsonSchemaTypes.of(type), sql, type);
    }

    private Builder add(
        String name, String title, Map<String, Object> schema, String sql, Queryable.Type type) {
      for (Property p : properties) {
        if (p.name().equals(name)) {
          throw new IllegalArgumentException("property " + name + " declared twice");
        }
      }
      Queryable queryable = sql == null ? null : new Queryable(name, sql, type);
      properties.add(new Property(name, title, schema, queryable, null, false, List.of()));
      return this;
    }

    private void replaceLast(Function<Property, Property> change) {
      int last = properties.size() - 1;
      properties.set(last, change.apply(properties.get(last)));
    }
  }
}
