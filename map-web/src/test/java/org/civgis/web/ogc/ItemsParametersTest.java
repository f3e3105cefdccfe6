package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.civgis.web.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ItemsParametersTest {
  // 2024-03-01 01:00 in Ürümqi's offices is still 2024-02-29 in UTC
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-02-29T17:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private static MultiValueMap<String, String> query(String... pairs) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.add(pairs[i], pairs[i + 1]);
    }
    return query;
  }

  private static InvalidParameterException refusal(Runnable parse) {
    return catchThrowableOfType(InvalidParameterException.class, parse::run);
  }

  // ---- defaults

  @Test
  void defaultsAreTheStandards() {
    ItemsRequest request = ItemsParameters.parse(query(), Set.of(), false, CLOCK);
    assertThat(request.limit()).isEqualTo(10);
    assertThat(request.offset()).isZero();
    assertThat(request.bbox()).isNull();
    assertThat(request.period()).isEqualTo(TimePeriod.on(LocalDate.of(2024, 3, 1)));
  }

  @Test
  void collectionParametersArePassedOn() {
    ItemsRequest request =
        ItemsParameters.parse(query("level", "3", "limit", "20000"), Set.of("level"), false, CLOCK);
    assertThat(request.parameters()).containsEntry("level", "3");
    assertThat(request.limit()).isEqualTo(10_000);
  }

  // ---- bbox

  @Test
  void bboxOfFourOrSixNumbers() {
    assertThat(ItemsParameters.bbox("87,44,88.5,45")).isEqualTo(new Envelope(87, 88.5, 44, 45));
    assertThat(ItemsParameters.bbox("87, 44, 0, 88.5, 45, 100"))
        .isEqualTo(new Envelope(87, 88.5, 44, 45));
  }

  @Test
  void aBboxCrossingTheAntimeridianContinuesPast180() {
    // the minimum longitude above the maximum: from 170° east across 180° to 170° west
    assertThat(ItemsParameters.bbox("170,44,-170,45")).isEqualTo(new Envelope(170, 190, 44, 45));
    // latitude first in EPSG:4326
    assertThat(ItemsParameters.bbox("44,170,45,-170", OgcCrs.EPSG_4326))
        .isEqualTo(new Envelope(170, 190, 44, 45));
  }

  @Test
  void limitAndOffsetOfAnySize() {
    assertThat(ItemsParameters.limit("99999999999999999999")).isEqualTo(ItemsParameters.MAX_LIMIT);
    assertThat(ItemsParameters.offset("99999999999999999999")).isEqualTo(Long.MAX_VALUE);
    assertThat(refusal(() -> ItemsParameters.limit("-99999999999999999999")).parameter())
        .isEqualTo("limit");
  }

  @Test
  void bboxRefusals() {
    assertThat(refusal(() -> ItemsParameters.bbox("87,44,88")).reason()).contains("3 个");
    assertThat(refusal(() -> ItemsParameters.bbox("87,44,x,45")).reason()).contains("第 3 个值");
    assertThat(refusal(() -> ItemsParameters.bbox("87,44,88,NaN")).reason()).contains("有限数");
    assertThat(refusal(() -> ItemsParameters.bbox("170,44,190,45")).reason())
        .contains("-180 到 180");
    assertThat(refusal(() -> ItemsParameters.bbox("87,46,88,45")).reason()).contains("纬度");
  }

  // ---- datetime

  @Test
  void datetimeForms() {
    assertThat(ItemsParameters.datetime("2023-06-30", CLOCK))
        .isEqualTo(TimePeriod.on(LocalDate.of(2023, 6, 30)));
    // an instant is taken as the date in the deployment's zone
    assertThat(ItemsParameters.datetime("2023-06-29T20:00:00Z", CLOCK))
        .isEqualTo(TimePeriod.on(LocalDate.of(2023, 6, 30)));
    assertThat(ItemsParameters.datetime("2021-01-01/..", CLOCK))
        .isEqualTo(new TimePeriod(LocalDate.of(2021, 1, 1), null));
    assertThat(ItemsParameters.datetime("/2022-12-31", CLOCK))
        .isEqualTo(new TimePeriod(null, LocalDate.of(2022, 12, 31)));
  }

  @Test
  void datetimeRefusals() {
    assertThat(refusal(() -> ItemsParameters.datetime("..", CLOCK)).parameter())
        .isEqualTo("datetime");
    assertThat(refusal(() -> ItemsParameters.datetime("2023-13-01", CLOCK)).reason())
        .contains("2023-13-01");
    assertThat(refusal(() -> ItemsParameters.datetime("2023-02-01/2023-01-01", CLOCK)).reason())
        .contains("早于");
  }

  // ---- everything else

  @Test
  void unknownRepeatedAndMalformedParameters() {
    assertThat(
            refusal(() -> ItemsParameters.parse(query("sort", "name"), Set.of(), false, CLOCK))
                .parameter())
        .isEqualTo("sort");
    assertThat(
            refusal(
                    () ->
                        ItemsParameters.parse(
                            query("limit", "1", "limit", "2"), Set.of(), false, CLOCK))
                .reason())
        .contains("一次");
    assertThat(refusal(() -> ItemsParameters.limit("0")).parameter()).isEqualTo("limit");
    assertThat(refusal(() -> ItemsParameters.offset("-5")).parameter()).isEqualTo("offset");
    assertThat(refusal(() -> ItemsParameters.offset("1e3")).parameter()).isEqualTo("offset");
  }
}
