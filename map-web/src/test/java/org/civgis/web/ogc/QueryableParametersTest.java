package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.civgis.web.ogc.cql.Queryable;
import org.civgis.web.ogc.cql.SqlFilter;
import org.civgis.web.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Queryables as query parameters (Part 3, queryables-query-parameters) and filter-lang. */
class QueryableParametersTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-02-29T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final Map<String, Queryable> QUERYABLES =
      FeatureSchema.builder()
          .string("road", "道路名称", "road_name")
          .string("roadCode", "道路地名代码", "road_code")
          .integer("floor", "楼层", "floor")
          .number("area", "面积", "area")
          .bool("pointGenerated", "位置为推算", "point_generated")
          .date("validFrom", "生效日期", "lower(valid)")
          .geometry("geometry-point", "geom")
          .build()
          .queryables();

  private static MultiValueMap<String, String> query(String... pairs) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.add(pairs[i], pairs[i + 1]);
    }
    return query;
  }

  private static SqlFilter filter(String... pairs) {
    return ItemsParameters.parse(query(pairs), Set.of("roadCode", "kind"), QUERYABLES, false, CLOCK)
        .filter();
  }

  private static InvalidParameterException refusal(String... pairs) {
    return catchThrowableOfType(InvalidParameterException.class, () -> filter(pairs));
  }

  @Test
  void aQueryableIsAnEqualityOfItsType() {
    SqlFilter road = filter("road", "北京南路");
    assertThat(road.sql()).isEqualTo("road_name = :cql1");
    assertThat(road.parameters()).containsEntry("cql1", "北京南路");
    assertThat(filter("floor", "3").parameters()).containsEntry("cql1", 3L);
    assertThat(filter("area", "2.5").parameters()).containsEntry("cql1", new BigDecimal("2.5"));
    assertThat(filter("pointGenerated", "TRUE").parameters()).containsEntry("cql1", true);
    assertThat(filter("validFrom", "2024-01-01").parameters())
        .containsEntry("cql1", LocalDate.of(2024, 1, 1));
  }

  @Test
  void parametersAndTheFilterCombineWithAnd() {
    SqlFilter both = filter("filter", "floor > 2", "road", "北京南路");
    assertThat(both.sql()).isEqualTo("(floor > cast(:cql1 as bigint) AND road_name = :cql2)");
    SqlFilter json =
        filter(
            "filter-lang",
            "cql2-json",
            "filter",
            "{\"op\":\">\",\"args\":[{\"property\":\"floor\"},2]}",
            "road",
            "北京南路");
    assertThat(json).isEqualTo(both);
  }

  @Test
  void anOwnParameterStaysTheCollections() {
    ItemsRequest request =
        ItemsParameters.parse(
            query("roadCode", "652302001"), Set.of("roadCode"), QUERYABLES, false, CLOCK);
    assertThat(request.parameters()).containsEntry("roadCode", "652302001");
    assertThat(request.filter()).isNull();
  }

  @Test
  void badValuesNameTheParameter() {
    assertThat(refusal("floor", "三").parameter()).isEqualTo("floor");
    assertThat(refusal("pointGenerated", "yes").parameter()).isEqualTo("pointGenerated");
    assertThat(refusal("validFrom", "2024-02-30").parameter()).isEqualTo("validFrom");
    // a geometry is filtered with bbox or filter, not as a parameter
    assertThat(refusal("geometry", "POINT(1 2)").parameter()).isEqualTo("geometry");
    assertThat(refusal("filter-lang", "cql-text", "filter", "floor = 1").parameter())
        .isEqualTo("filter-lang");
  }
}
