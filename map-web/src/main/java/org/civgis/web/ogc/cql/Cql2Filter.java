package org.civgis.web.ogc.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civgis.web.ogc.cql.Cql2Ast.And;
import org.civgis.web.ogc.cql.Cql2Ast.At;
import org.civgis.web.ogc.cql.Cql2Ast.Comparison;
import org.civgis.web.ogc.cql.Cql2Ast.Condition;
import org.civgis.web.ogc.cql.Cql2Ast.Property;
import org.civgis.web.ogc.cql.Cql2Ast.Value;

/**
 * A filter read from either encoding, or built from equalities (a queryable given as a query
 * parameter), that can be combined with AND and then written as SQL by the rules of {@link
 * Cql2Text}.
 */
public final class Cql2Filter {
  private final Condition condition;

  private Cql2Filter(Condition condition) {
    this.condition = condition;
  }

  /** CQL2 text; a {@link Cql2Exception} if it cannot be read. */
  public static Cql2Filter text(String filter) {
    return new Cql2Filter(Cql2Text.parse(filter));
  }

  /** CQL2 JSON; a {@link Cql2Exception} if it cannot be read. */
  public static Cql2Filter json(String filter) {
    return new Cql2Filter(Cql2Json.parse(filter));
  }

  /**
   * {@code property = value}; {@code value} is a {@link String}, {@link Long}, {@link
   * java.math.BigDecimal}, {@link Boolean}, {@link java.time.LocalDate} or UTC {@link
   * java.time.OffsetDateTime} that fits the property's type.
   */
  public static Cql2Filter equal(String property, Object value) {
    At at = new At(-1, "query parameter " + property);
    return new Cql2Filter(
        new Comparison(
            "=", new Property(property, at), new Value(Objects.requireNonNull(value), at), at));
  }

  /** All of {@code filters}; {@code null} when there is none. */
  public static Cql2Filter all(List<Cql2Filter> filters) {
    if (filters.isEmpty()) {
      return null;
    }
    if (filters.size() == 1) {
      return filters.get(0);
    }
    List<Condition> terms = new ArrayList<>();
    filters.forEach(f -> terms.add(f.condition));
    return new Cql2Filter(new And(terms));
  }

  /** The SQL of this filter; parameters as for {@link Cql2Text#toSql}. */
  public SqlFilter toSql(Map<String, Queryable> queryables, int filterCrsSrid, int storageSrid) {
    return Cql2Sql.write(condition, queryables, filterCrsSrid, storageSrid);
  }
}
