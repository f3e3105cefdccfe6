package org.civgis.gazetteer.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.SearchKeys;
import org.civgis.gazetteer.sign.Compliance;
import org.civgis.gazetteer.sign.PlaceNameSign;
import org.civgis.gazetteer.sign.SignCompliance;
import org.civgis.gazetteer.sign.SignCondition;
import org.civgis.gazetteer.sign.SignRepository;
import org.civgis.gazetteer.sign.SignState;
import org.civgis.gazetteer.sign.SignType;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Addresses and signs in the database: uniqueness on a road, codes, and what a renaming does to
 * them at the repository level (the renaming procedure itself is tested through the API in
 * map-web).
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddressHistoryIT {
  static final DivisionChain CHAIN =
      new DivisionChain("652301000000", "昌吉市", "652301001000", "宁边路街道", "652301001001", "西街社区");

  private PlaceNameRepository names;
  private AddressRepository addresses;
  private SignRepository signs;
  private SignCompliance compliance;

  @BeforeAll
  void schema(TestDatabase database) {
    GazetteerSchema.migrate(database.dataSource());
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    JdbcTemplate template = new JdbcTemplate(database.dataSource());
    names = new PlaceNameRepository(jdbc);
    addresses = new AddressRepository(jdbc, template);
    signs = new SignRepository(jdbc, template);
    compliance = new SignCompliance(jdbc, template);
  }

  private PlaceName road(
      String code,
      String name,
      String romanization,
      NameStatus status,
      LocalDate from,
      LocalDate to,
      Long supersedes) {
    NameText text =
        new NameText(
            name,
            name.substring(0, name.length() - 1),
            "路",
            null,
            List.of(),
            "0801",
            romanization,
            null,
            null,
            null,
            null,
            null,
            null);
    return names.insert(
        new PlaceName(
            0,
            0,
            code,
            text,
            HouseNumberingTest.ROAD,
            false,
            "652301001000",
            List.of("652301001000"),
            status,
            from,
            to,
            null,
            null,
            "test",
            "test",
            supersedes),
        SearchKeys.of(name));
  }

  private StandardAddress house(PlaceName road, int number, String code) {
    return new StandardAddress(
        0,
        1,
        code,
        AddressKind.HOUSE_NUMBER,
        CHAIN,
        road.code(),
        road.id(),
        road.text().standardName(),
        HouseNumber.of(number),
        null,
        null,
        null,
        null,
        null,
        HouseNumberingTest.point(87.301 + number * 0.0001, 44.0002),
        false,
        AddressStatus.CURRENT,
        null,
        null,
        null,
        "test");
  }

  private PlaceNameSign roadSign(PlaceName road, String text, String romanization) {
    return new PlaceNameSign(
        0,
        1,
        null,
        SignType.ROAD,
        HouseNumberingTest.point(87.3001, 44.0001),
        false,
        road.code(),
        null,
        text,
        romanization,
        "铝合金反光膜",
        1200,
        400,
        "test",
        LocalDate.of(2020, 5, 1),
        SignCondition.GOOD,
        null,
        null,
        "test");
  }

  @Test
  void aHouseNumberExistsOnceOnARoad() {
    PlaceName road = road("T-U1", "团结路", "Tuanjie Lu", NameStatus.FILED, null, null, null);
    addresses.insert(house(road, 5, addresses.nextCode("652301001001", AddressKind.HOUSE_NUMBER)));
    assertThatThrownBy(
            () ->
                addresses.insert(
                    house(road, 5, addresses.nextCode("652301001001", AddressKind.HOUSE_NUMBER))))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("address_unique_on_road");
  }

  @Test
  void codesAreNumberedPerDivisionAndKind() {
    String first = addresses.nextCode("652301001002", AddressKind.BUILDING);
    String second = addresses.nextCode("652301001002", AddressKind.BUILDING);
    assertThat(first).isEqualTo("6523010010022000001");
    assertThat(second).isEqualTo("6523010010022000002");
    assertThat(addresses.nextCode("652301001002", AddressKind.HOUSE_NUMBER))
        .isEqualTo("6523010010021000001");
  }

  @Test
  void aRenamingCarriesTheAddressesOverAndFlagsTheSignsOfTheOldName() {
    PlaceName old = road("T-U2", "红旗路", "Hongqi Lu", NameStatus.FILED, null, null, null);
    StandardAddress before =
        addresses.insert(
            house(old, 12, addresses.nextCode("652301001001", AddressKind.HOUSE_NUMBER)));
    long sign = signs.insert(roadSign(old, "红旗路", "HONGQI LU"), "652301").id();
    compliance.recheck(SignCompliance.Scope.sign(sign));
    assertThat(signs.state(sign).map(SignState::compliance)).contains(Compliance.COMPLIANT);

    // the renaming as the library records it: the old name closed, the new one superseding it
    LocalDate day = LocalDate.of(2025, 9, 1);
    names.update(
        old, old.withStatus(NameStatus.RENAMED, null, day, null, null), SearchKeys.of("红旗路"));
    PlaceName renamed = road("T-U2", "长宁路", "Changning Lu", NameStatus.FILED, day, null, old.id());
    List<RoadRenaming.Carried> carried =
        new RoadRenaming(addresses).carryOver("T-U2", renamed.id(), "长宁路", day);
    compliance.recheck(SignCompliance.Scope.placeName("T-U2"));

    assertThat(carried).hasSize(1);
    StandardAddress after = carried.get(0).after();
    assertThat(after.text()).isEqualTo("昌吉市长宁路12号");
    assertThat(after.code()).isEqualTo(before.code());
    assertThat(after.supersedesId()).isEqualTo(before.id());
    // the old address resolves to the new one
    StandardAddress closed = addresses.findById(before.id()).orElseThrow();
    assertThat(closed.status()).isEqualTo(AddressStatus.SUPERSEDED);
    assertThat(closed.validTo()).isEqualTo(day);
    assertThat(addresses.successors(before.id()))
        .extracting(StandardAddress::text)
        .containsExactly("昌吉市长宁路12号");
    assertThat(addresses.history(before.code()))
        .extracting(StandardAddress::text)
        .containsExactly("昌吉市红旗路12号", "昌吉市长宁路12号");
    // the sign still showing the old name is flagged
    SignState state = signs.state(sign).orElseThrow();
    assertThat(state.compliance()).isEqualTo(Compliance.OUTDATED_NAME);
    assertThat(state.expectedText()).isEqualTo("长宁路");
    assertThat(state.expectedRomanization()).isEqualTo("CHANGNING LU");
    assertThat(state.status()).isEqualTo(SignState.Status.NONCOMPLIANT);
    // carrying over twice changes nothing
    assertThat(new RoadRenaming(addresses).carryOver("T-U2", renamed.id(), "长宁路", day)).isEmpty();
  }
}
