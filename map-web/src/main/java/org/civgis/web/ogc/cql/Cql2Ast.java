package org.civgis.web.ogc.cql;

import java.util.List;

/**
 * A filter as both encodings of CQL2 read it, before its names are looked up; {@link Cql2Sql}
 * writes it as SQL. Each node keeps where it came from, so a refusal can point there.
 */
final class Cql2Ast {
  private Cql2Ast() {}

  /** A character offset in CQL2 text, or a JSON pointer into CQL2 JSON. */
  record At(int position, String pointer) {
    static At text(int position) {
      return new At(position, null);
    }

    static At json(String pointer) {
      return new At(-1, pointer.isEmpty() ? "/" : pointer);
    }

    At child(String step) {
      return pointer == null ? this : new At(-1, (pointer.equals("/") ? "" : pointer) + "/" + step);
    }

    Cql2Exception error(String message) {
      return pointer == null
          ? new Cql2Exception(message, position)
          : new Cql2Exception(message + " (at " + pointer + ")", -1);
    }
  }

  /** A boolean expression. */
  sealed interface Condition
      permits And, Or, Not, BooleanValue, Comparison, IsNull, Like, Between, In, Spatial {}

  record And(List<Condition> terms) implements Condition {}

  record Or(List<Condition> terms) implements Condition {}

  record Not(Condition operand) implements Condition {}

  /** {@code TRUE} or {@code FALSE} standing alone as a condition. */
  record BooleanValue(boolean value) implements Condition {}

  /** {@code operator} is one of {@code = <> < <= > >=}; {@code at} is where it is written. */
  record Comparison(String operator, Operand left, Operand right, At at) implements Condition {}

  record IsNull(Operand operand, boolean not) implements Condition {}

  record Like(Operand operand, Operand pattern, boolean not) implements Condition {}

  record Between(Operand operand, Operand low, Operand high, boolean not) implements Condition {}

  record In(Operand operand, List<Operand> items, boolean not) implements Condition {}

  /** {@code function} is the CQL2 name, e.g. {@code S_INTERSECTS}. */
  record Spatial(String function, Operand first, Operand second, At at) implements Condition {}

  /** One side of a predicate. */
  sealed interface Operand permits Property, Value, CaseInsensitive {
    At at();
  }

  /** A name to look up among the queryables. */
  record Property(String name, At at) implements Operand {}

  /**
   * A literal: {@link String}, {@link Long}, {@link java.math.BigDecimal}, {@link Boolean}, {@link
   * java.time.LocalDate}, {@link java.time.OffsetDateTime} (UTC) or a valid JTS geometry.
   */
  record Value(Object value, At at) implements Operand {}

  /** {@code CASEI(inner)}; {@code at} is where CASEI is written. */
  record CaseInsensitive(Operand inner, At at) implements Operand {}
}
