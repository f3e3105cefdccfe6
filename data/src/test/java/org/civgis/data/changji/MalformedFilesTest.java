package org.civgis.data.changji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each broken file is refused with its name, where in it, and why. */
class MalformedFilesTest {

  /** The real files, with {@code file} replaced by {@code content}. */
  static DataFiles replacing(String file, byte[] content) {
    DataFiles real = DataFiles.classpath();
    return name -> name.equals(file) ? content : real.read(name);
  }

  static DataFiles replacing(String file, String content) {
    return replacing(file, content.getBytes(StandardCharsets.UTF_8));
  }

  static String real(String file) {
    return new String(DataFiles.classpath().read(file), StandardCharsets.UTF_8);
  }

  private static DataFileException refusal(DataFiles files) {
    return catchThrowableOfType(DataFileException.class, () -> ChangjiDataset.read(files));
  }

  // ---- CSV cases

  @Test
  void codeWithALetter() {
    String csv =
        real(ChangjiDataset.DIVISIONS_2023).replace("652301000000,昌吉市", "65230100000X,昌吉市");
    DataFileException e = refusal(replacing(ChangjiDataset.DIVISIONS_2023, csv));
    assertThat(e.file()).isEqualTo("changji/divisions_2023.csv");
    assertThat(e.location()).isEqualTo("line 3");
    assertThat(e.reason()).contains("65230100000X").contains("12 digits");
  }

  @Test
  void codeTooShort() {
    String csv = real(ChangjiDataset.DIVISIONS_2023).replace("652302000000,阜康市", "65230200000,阜康市");
    DataFileException e = refusal(replacing(ChangjiDataset.DIVISIONS_2023, csv));
    assertThat(e.location()).isEqualTo("line 4");
    assertThat(e.reason()).contains("65230200000");
  }

  @Test
  void childOutsideItsParent() {
    String csv =
        real(ChangjiDataset.DIVISIONS_2023)
            .replace(
                "652301001001,西街社区居民委员会,5,652301001000", "652399001001,西街社区居民委员会,5,652301001000");
    DataFileException e = refusal(replacing(ChangjiDataset.DIVISIONS_2023, csv));
    assertThat(e.reason()).contains("does not lie under its parent_code 652301001000");
  }

  @Test
  void levelOutOfRange() {
    String csv =
        real(ChangjiDataset.DIVISIONS_2023).replace("652301000000,昌吉市,3", "652301000000,昌吉市,7");
    assertThat(refusal(replacing(ChangjiDataset.DIVISIONS_2023, csv)).reason())
        .contains("level 7 is not between 1 and 5");
  }

  @Test
  void duplicateCode() {
    String csv = real(ChangjiDataset.DIVISIONS_2023) + "652301000000,昌吉市,3,652300000000\n";
    assertThat(refusal(replacing(ChangjiDataset.DIVISIONS_2023, csv)).reason())
        .contains("already appears on line 3");
  }

  @Test
  void missingColumn() {
    DataFileException e =
        refusal(replacing(ChangjiDataset.DIVISIONS_2023, "code,name,level\n652300000000,州,2\n"));
    assertThat(e.location()).isEqualTo("line 1");
    assertThat(e.reason()).contains("parent_code");
  }

  @Test
  void notUtf8() {
    byte[] gbk = "code,name,level,parent_code\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[gbk.length + 2];
    System.arraycopy(gbk, 0, bad, 0, gbk.length);
    bad[gbk.length] = (byte) 0xB2; // 昌 in GBK
    bad[gbk.length + 1] = (byte) 0xFD;
    assertThat(refusal(replacing(ChangjiDataset.DIVISIONS_2023, bad)).reason())
        .contains("not UTF-8");
  }

  @Test
  void townshipPartsThatContradictTheCounty() {
    String csv =
        real(ChangjiDataset.TOWNSHIPS_2021)
            .replace("652301,宁边路街道,65,23,01,001000", "652301,宁边路街道,65,23,02,001000");
    DataFileException e = refusal(replacing(ChangjiDataset.TOWNSHIPS_2021, csv));
    assertThat(e.file()).isEqualTo("changji/townships_2021.csv");
    assertThat(e.location()).isEqualTo("line 2");
    assertThat(e.reason()).contains("652302").contains("652301");
  }

  @Test
  void censusShareNotANumber() {
    String csv =
        real(ChangjiDataset.CENSUS_POPULATION).replace("607441,110.5,0.2467", "607441,110.5,abc");
    DataFileException e = refusal(replacing(ChangjiDataset.CENSUS_POPULATION, csv));
    assertThat(e.location()).isEqualTo("line 2");
    assertThat(e.reason()).contains("POPU_ETHNIC").contains("abc");
  }

  @Test
  void ageBandsThatDoNotAddUp() {
    String csv = real(ChangjiDataset.CENSUS_AGES).replace(",0.0084,0.044,", ",0.5084,0.044,");
    assertThat(refusal(replacing(ChangjiDataset.CENSUS_AGES, csv)).reason()).contains("add up to");
  }

  // ---- GeoJSON cases

  @Test
  void truncatedGeoJson() {
    String json = real(ChangjiDataset.COUNTIES);
    DataFileException e =
        refusal(replacing(ChangjiDataset.COUNTIES, json.substring(0, json.length() / 2)));
    assertThat(e.file()).isEqualTo("changji/counties_wgs84.geojson");
    assertThat(e.location()).startsWith("line ");
    assertThat(e.reason()).startsWith("not valid JSON");
  }

  @Test
  void invalidGeometryOfTheUnrepairedFile() throws IOException {
    // the real, unrepaired decode of the counties: every polygon self-intersects
    byte[] unrepaired =
        Files.readAllBytes(Path.of("changji/changji_counties_unrepaired_wgs84.geojson"));
    DataFileException e = refusal(replacing(ChangjiDataset.COUNTIES, unrepaired));
    assertThat(e.location()).matches("feature 1 \\(.+\\)");
    assertThat(e.reason()).startsWith("invalid geometry: ").contains(" at (");
  }

  @Test
  void codeNotSixDigits() {
    String json =
        real(ChangjiDataset.COUNTIES).replaceFirst("\"code\": ?\"652301\"", "\"code\":\"65230\"");
    DataFileException e = refusal(replacing(ChangjiDataset.COUNTIES, json));
    assertThat(e.location()).isEqualTo("feature 1 (昌吉市)");
    assertThat(e.reason()).contains("\"65230\" is not 6 digits");
  }

  @Test
  void latitudeAndLongitudeSwapped() {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"code\":\"652301\",\"current_name\":\"昌吉市\",\"prefecture_code\":\"652300\","
            + "\"prefecture_name\":\"昌吉回族自治州\",\"in_changji\":true},\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[44,87],[44,88],[45,88],[44,87]]]}}]}";
    assertThat(refusal(replacing(ChangjiDataset.COUNTIES, json)).reason())
        .contains("lies outside China")
        .contains("longitude and latitude look swapped");
  }

  @Test
  void missingCountyPolygon() {
    String json = real(ChangjiDataset.COUNTIES);
    int second = json.indexOf("{ \"type\": \"Feature\"", json.indexOf("\"Feature\"") + 10);
    int third = json.indexOf("{ \"type\": \"Feature\"", second + 10);
    String withoutFukang = json.substring(0, second) + json.substring(third);
    assertThat(refusal(replacing(ChangjiDataset.COUNTIES, withoutFukang)).reason())
        .contains("no polygon for the counties [652302000000]");
  }

  @Test
  void coordinatesOutOfRange() {
    String json =
        real(ChangjiDataset.COUNTIES).replace("86.9884686, 43.5083029", "186.9884686, 43.5083029");
    assertThat(refusal(replacing(ChangjiDataset.COUNTIES, json)).reason())
        .contains("(186.9884686 43.5083029) is not longitude/latitude");
  }

  @Test
  void unsupportedCrs() {
    String json =
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
            + "{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[]}";
    assertThat(refusal(replacing(ChangjiDataset.COUNTIES, json)).reason())
        .contains("EPSG::3857 is not supported");
  }

  @Test
  void countyOfChangjiMarkedAsNeighbour() {
    String json =
        real(ChangjiDataset.COUNTIES).replaceFirst("\"in_changji\": ?true", "\"in_changji\":false");
    assertThat(refusal(replacing(ChangjiDataset.COUNTIES, json)).reason())
        .contains("is a division of the prefecture, but in_changji is false");
  }
}
